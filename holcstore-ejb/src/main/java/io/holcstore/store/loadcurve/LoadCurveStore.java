package io.holcstore.store.loadcurve;

import io.holcstore.series.Series;
import io.holcstore.store.SeriesKey;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * A store of load curves with versions (SPEC 3.3; the reference's {@code Store}): one row per (client, prm, attribute
 * values, version), each holding a whole series, regular or not, in one blob. Written series may be dense, irregular
 * or local date-times (read in the {@linkplain #zone() store zone}); read series are {@code IndexedSeries} rendered
 * in that zone.
 *
 * <p><b>Transactions.</b> Every operation runs in the caller's transaction (the EJB face gives each call one, or
 * joins the caller's); an operation that throws has written nothing the transaction keeps once rolled back, and the
 * EJB face rolls it back. Writes need READ COMMITTED.
 *
 * <p><b>Errors.</b> Bad arguments are typed errors naming the culprit, raised before anything is written: a null
 * argument or a bad value ({@code InvalidArgumentException}: prm null, empty or longer than 70 characters, a
 * negative version...), an unknown field name in attributes, filters, versioningBy, combinedBy or orderBy, or a
 * value not of its field's type ({@code InvalidKeyException} naming the field), a series with a duplicate or
 * unstorable instant (the series package's errors). Stored data that cannot be decoded is a
 * {@code CorruptChunkException} naming the row; a database failure a {@code ChunkStoreException}.
 *
 * <p><b>Fields.</b> Reads name {@code prm}, {@code clientId}, {@code version}, {@code createdAt},
 * {@code lastModified} (see {@link LoadCurveFields}) and the store's {@linkplain #attributeFields() attribute
 * fields}. Filters name attribute fields only.
 */
public interface LoadCurveStore {
    /** The entity's simple name, as messages name the store. */
    String name();

    /** The zone local date-times are read in and read series rendered in. */
    ZoneId zone();

    /** The names of the store's attribute fields, sorted; empty for a store without any. */
    List<String> attributeFields();

    /**
     * Checks a query against the store (field names of its filters, combinedBy and orderBy, values of its filters),
     * so that a caller can refuse a bad one before it starts answering; reads nothing.
     *
     * @return the query, its filter values converted to their fields' types
     * @throws io.holcstore.store.InvalidKeyException naming the first unknown field or bad value
     */
    LoadCurveQuery checkQuery(LoadCurveQuery query);

    /** {@link #setLc(String, Series, int, LoadCurveWrite)} in place (version 0, no attributes). */
    OptionalInt setLc(String prm, Series series, int clientId);

    /**
     * Writes one curve. In place: replaces version 0 of (client, prm, attribute values), or creates it (keeping its
     * {@code createdAt} when it replaces). New version: inserts version {@code max + 1} of the rows of (client, prm,
     * the write's values of its versioningBy fields), 0 when there is none. Every attribute field of the store must
     * be given. A series with no value at all (empty, or every value NaN) writes nothing and logs one line: an
     * upstream sending nothing must not wipe a curve, removing one is {@link #clear}'s job.
     *
     * <p>Writers of one (client, prm) are serialised until their transactions end, so concurrent new versions get
     * distinct numbers, none lost.
     *
     * @return the version written; empty when nothing was written (no value)
     */
    OptionalInt setLc(String prm, Series series, int clientId, LoadCurveWrite write);

    /** {@link #setManyLc(Map, int, LoadCurveWrite)} in place. */
    Map<String, Integer> setManyLc(Map<String, ? extends Series> series, int clientId);

    /**
     * Writes several curves, each as {@link #setLc(String, Series, int, LoadCurveWrite)} would, all or nothing: every
     * prm and series is checked before the first is written.
     *
     * @return each prm written to its version, in the map's order; prms whose series has no value are absent
     */
    Map<String, Integer> setManyLc(Map<String, ? extends Series> series, int clientId, LoadCurveWrite write);

    /** {@link #getLc(String, int, LoadCurveQuery)} with the default {@linkplain LoadCurveQuery#combined() combined} read. */
    List<LoadCurveEntry> getLc(String prm, int clientId);

    /**
     * The curves of one prm, as the query says: combined, one entry per {@code combinedBy} group, whose series is the
     * group's newest row (in the query's order) with the older rows filling its gaps, each first cut by
     * {@code combinedDelay}; otherwise one entry per stored row, in the query's order.
     *
     * @return the entries; empty when nothing matches
     */
    List<LoadCurveEntry> getLc(String prm, int clientId, LoadCurveQuery query);

    /** {@link #getManyLc(Collection, int, LoadCurveQuery)} with the default combined read. */
    Map<String, List<LoadCurveEntry>> getManyLc(Collection<String> prms, int clientId);

    /**
     * The curves of several prms, each as {@link #getLc(String, int, LoadCurveQuery)}, read in one pass over rows
     * ordered by prm (memory holds one prm's rows at a time, plus the result).
     *
     * @return every asked prm, in the order asked, to its entries: an empty list for a prm with nothing stored (as
     *         the reference's defaultdict reads)
     */
    Map<String, List<LoadCurveEntry>> getManyLc(Collection<String> prms, int clientId, LoadCurveQuery query);

    /**
     * Hands every matching curve of a client to {@code visitor}, one at a time, prm by prm in prm order, as
     * {@link #getLc(String, int, LoadCurveQuery)} would read it: for exports and other walks over a whole client
     * without holding it in memory. The visitor runs inside the store's read; it must not call the store.
     */
    void forEachLc(int clientId, LoadCurveQuery query, Consumer<LoadCurveEntry> visitor);

    /**
     * Hands the curves of these prms of a client to {@code visitor}, one at a time, prm by prm in prm order, as
     * {@link #getLc(String, int, LoadCurveQuery)} would read them; a prm with nothing stored gives nothing. For
     * streaming responses. The visitor runs inside the store's read; it must not call the store.
     */
    void forEachLc(Collection<String> prms, int clientId, LoadCurveQuery query, Consumer<LoadCurveEntry> visitor);

    /** The number of stored rows (versions) of a client. */
    long count(int clientId);

    /** The number of stored rows of a client with these attribute values. */
    long count(int clientId, SeriesKey filters);

    /**
     * Deletes every version of these prms of a client with these attribute values ({@link SeriesKey#all()}: any).
     *
     * @return the number of rows deleted
     */
    int clear(Collection<String> prms, int clientId, SeriesKey filters);

    /**
     * Deletes one version of these prms of a client with these attribute values.
     *
     * @return the number of rows deleted
     * @throws io.holcstore.store.InvalidArgumentException naming {@code version} if it is negative
     */
    int clearVersion(Collection<String> prms, int clientId, int version, SeriesKey filters);

    /**
     * Deletes every row with these attribute values, of every client ({@link SeriesKey#all()}: the whole store).
     *
     * @return the number of rows deleted
     */
    int clearAll(SeriesKey filters);

    /**
     * Deletes every row of a client with these attribute values.
     *
     * @return the number of rows deleted
     */
    int clearAll(int clientId, SeriesKey filters);

    /** {@link #findHoles(int, Instant, Instant, Duration, HoleSearch)} over every prm of the client. */
    Map<String, List<TimeRange>> findHoles(int clientId, Instant from, Instant to, Duration freq);

    /**
     * The holes of each searched prm's combined curve over the regular grid {@code from, from + freq, ...} up to
     * {@code to}: each run of grid instants where the curve has no value (no point there, or NaN), as (first, last)
     * instants of the run, widened by the search's margin; a prm with nothing stored is one hole over
     * {@code [from, to]}.
     *
     * @return each prm, in the order searched (asked, or prm order), to its holes in time order (empty: complete)
     * @throws io.holcstore.store.InvalidArgumentException naming {@code to} if it is before {@code from}, or
     *                                                     {@code freq} if it is not positive
     * @throws io.holcstore.store.AmbiguousSeriesException if the search's combinedBy gives a prm several curves
     */
    Map<String, List<TimeRange>> findHoles(int clientId, Instant from, Instant to, Duration freq, HoleSearch search);

    /** {@link #findGroups(int, Collection, TimeRange, Duration, LoadCurveQuery)} with the default combined read. */
    MissingGroups findGroups(int clientId, Collection<String> prms, TimeRange range, Duration freq);

    /**
     * Groups the prms by the intervals of {@code range} they miss (the reference's {@code find_groups}), so that a
     * caller fetches each interval once for all its prms. For each prm: nothing stored, or no value in the range,
     * misses the whole range; otherwise it misses the part of the range before its first value and after its last
     * (when at least {@code freq} long; each such interval ends or starts at that first or last value's instant, as
     * in the reference) and each run of its own NaN points inside; overlapping intervals of one prm are merged.
     *
     * @param query how curves are read; it must combine versions
     * @return the groups, and the curves that have a value in the range, cut to it
     * @throws io.holcstore.store.InvalidArgumentException naming {@code freq} if it is not positive, or
     *                                                     {@code combinedVersions} if the query does not combine
     * @throws io.holcstore.store.AmbiguousSeriesException if the query's combinedBy gives a prm several curves
     */
    MissingGroups findGroups(int clientId, Collection<String> prms, TimeRange range, Duration freq, LoadCurveQuery query);
}
