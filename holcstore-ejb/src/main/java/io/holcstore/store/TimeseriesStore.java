package io.holcstore.store;

import io.holcstore.HolcStoreException;
import io.holcstore.series.IndexedSeries;
import io.holcstore.series.Series;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * The operations of one store of whole series (SPEC 3.2; the reference's {@code TimeseriesStore}): each series, regular
 * or not, is one compressed row under its key. Written series are kept point for point (instants to the millisecond,
 * values as float64, missing values as NaN); nothing is put on a grid.
 *
 * <p><b>Transactions.</b> Each call is all or nothing. On the EJB face ({@code TimeseriesStoreBean}) each call is one
 * container transaction, rolled back when it throws; on the container-free face ({@code JpaTimeseriesStore}) each
 * call runs in the caller's transaction, which the caller must roll back when a call throws. A write locks the
 * series' row ({@code SELECT ... FOR UPDATE}) until the transaction ends, so concurrent writers of one series run
 * one after the other and an UPDATE never loses another's values. Two first writers of one series: the second waits
 * for the first's transaction; then an INSERT fails with {@link SeriesAlreadyExistsException}, an UPDATE or a
 * REPLACE goes on over the row the first wrote. Writes expect the READ COMMITTED isolation level (the default of
 * PostgreSQL, H2 and the application servers' pools); under a stricter level a concurrent write fails with the
 * database's serialisation error instead of waiting.
 *
 * <p><b>Errors.</b> Every error is a {@link HolcStoreException} subtype naming its culprit, raised before anything is
 * written or with the transaction rolled back: {@link InvalidArgumentException} for a missing argument,
 * {@link InvalidKeyException} for a key or filter naming an unknown field, lacking one, or holding a value of the
 * wrong type, {@code io.holcstore.series.DuplicateTimestampException},
 * {@code io.holcstore.series.UnstorableInstantException} and {@code io.holcstore.series.InvalidLocalTimeException}
 * for written series that cannot be stored as given, and the subtypes each method names. A stored row that cannot be
 * decoded is a {@code io.holcstore.codec.CorruptChunkException} naming the row's key; a database failure is a
 * {@link ChunkStoreException}.
 *
 * <p><b>Keys and filters.</b> A key gives every key field of the store and names one series; a filter gives some of
 * them (or none: every series) and selects the series matching all it gives. Values may be of the field's type or
 * text (parsed as the field's type). Several series are always handed over ordered by key (fields in name order).
 *
 * <p>Implementations are not thread-safe unless they say so (the EJB face is, as the container serialises calls on one
 * bean instance).
 */
public interface TimeseriesStore {

    /** The names of the store's key fields, sorted: what keys and filters may give. */
    List<String> keyFields();

    /** The zone local date-times of written series are read in, and read series are rendered in. */
    ZoneId zone();

    /**
     * The filter as the store reads it, each value converted to its field's type (text is parsed): lets a caller
     * check a filter before it starts a long operation, such as a streamed response.
     *
     * @throws InvalidKeyException naming an unknown field or a value of the wrong type
     */
    SeriesKey checkFilter(SeriesKey filter);

    /**
     * First write of a series: {@code setTs(key, series, WriteMode.INSERT)}.
     *
     * @throws SeriesAlreadyExistsException if the series is stored; nothing is written
     */
    boolean setTs(SeriesKey key, Series series);

    /**
     * Writes one series. Empty or all-NaN input writes nothing in every mode, logs one line and returns false, as the
     * reference does: an upstream sending nothing but gaps must not wipe a series (removing one is {@link #clear}'s
     * job).
     *
     * @param key    the series, every key field given
     * @param series a dense, irregular or local series; local date-times are read in the store zone
     * @param mode   {@link WriteMode#INSERT}: first write only; {@link WriteMode#UPDATE}: merged with the stored series
     *               over the union of both indexes, the new non-NaN values winning (pandas {@code combine_first});
     *               {@link WriteMode#REPLACE}: the new series replaces the stored one. UPDATE and REPLACE write a
     *               series that is not stored yet as INSERT does.
     * @return whether a row was written: false only for empty or all-NaN input
     * @throws SeriesAlreadyExistsException with INSERT, if the series is stored; nothing is written
     * @throws InvalidKeyException          if the key misses a key field or names one the store lacks, naming it
     * @throws InvalidArgumentException     if the key, the series or the mode is null
     */
    boolean setTs(SeriesKey key, Series series, WriteMode mode);

    /**
     * Every series matching a filter, ordered by key; all held in memory at once ({@link #forEachTs} holds one).
     *
     * @param filter some key fields, or {@link SeriesKey#all()} for every series
     * @return the matching series; empty if none
     */
    List<TimeseriesEntry> getTs(SeriesKey filter);

    /**
     * The one series a filter selects (the reference's {@code get_ts(..., flat=True)}).
     *
     * @param filter some or all key fields
     * @throws SeriesNotFoundException  if no series matches
     * @throws AmbiguousSeriesException if several do, naming the filter and how many
     */
    IndexedSeries getOneTs(SeriesKey filter);

    /**
     * The one series a filter selects, with its whole key: {@link #getOneTs} for a caller that needs the key fields the
     * filter left out.
     *
     * @throws SeriesNotFoundException  if no series matches
     * @throws AmbiguousSeriesException if several do, naming the filter and how many
     */
    TimeseriesEntry getOneEntry(SeriesKey filter);

    /**
     * Hands every series matching a filter to {@code consumer}, one at a time, ordered by key, holding one series in
     * memory at a time: for streamed responses and exports. The rows are read within this call, in its transaction;
     * an exception the consumer throws stops the reading and reaches the caller.
     *
     * @return the number of series handed over
     */
    long forEachTs(SeriesKey filter, Consumer<TimeseriesEntry> consumer);

    /**
     * Removes every series matching a filter; the reference's {@code clear}.
     *
     * @param filter some key fields, or {@link SeriesKey#all()} to remove every series
     * @return the number of series removed
     */
    int clear(SeriesKey filter);

    /** The number of series matching a filter. */
    long count(SeriesKey filter);
}
