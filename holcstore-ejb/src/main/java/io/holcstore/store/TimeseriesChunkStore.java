package io.holcstore.store;

import io.holcstore.HolcStoreException;
import io.holcstore.mapping.StoreSettings;
import io.holcstore.series.DenseSeries;
import io.holcstore.series.Series;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The operations of one chunk store (SPEC 3.1): series cut into chunks of a month or a year on the
 * store's grid, each stored as one compressed row.
 *
 * <p><b>Transactions.</b> Each call is all or nothing. On the EJB face ({@code TimeseriesChunkStoreBean})
 * each call is one container transaction, rolled back when it throws. On the container-free face
 * ({@code JpaTimeseriesChunkStore}) each call runs in the caller's transaction, which the caller must
 * roll back when a call throws. Writes need the READ COMMITTED isolation level (the default of
 * PostgreSQL, H2 and the application servers' pools; PostgreSQL also takes READ UNCOMMITTED, which it runs as
 * READ COMMITTED): under a stricter level a concurrent write could not be merged, so they refuse to start with an
 * {@link UnsupportedIsolationException}. Writers of the
 * same series (writes, deletes, imports) wait for each other, until the transaction that came first
 * ends. Each write call takes all its locks at once, in one order, so transactions making one write
 * call each never deadlock; a transaction making several takes them call by call, and two such
 * transactions writing series in opposite orders can deadlock (the database then fails one).
 *
 * <p><b>Errors.</b> Every error is a {@link HolcStoreException} subtype naming the culprit, raised before
 * anything is written or with the transaction rolled back: {@link InvalidArgumentException} for a
 * missing or out-of-range argument, {@link InvalidKeyException} for a key or filter naming an unknown
 * field, lacking one, or holding a value of the wrong type, {@code OffGridTimestampException} and
 * {@code DuplicateTimestampException} for series that do not fit the grid, and the subtypes each method
 * names. Stored data the store cannot read is a {@code CorruptChunkException} naming the row.
 *
 * <p><b>Keys and filters.</b> A key gives every key field of the store and names one series; a filter
 * gives some of them (or none: every series) and selects the series matching all it gives. Values may
 * be of the field's type or text (parsed as the field's type).
 *
 * <p>Implementations are not thread-safe unless they say so (the EJB face is, as the container
 * serialises calls on one bean instance).
 */
public interface TimeseriesChunkStore {

    /** The store's frozen settings: chunk axis, step, zone, sync. */
    StoreSettings settings();

    /** The names of the store's key fields, sorted: what keys and filters may give. */
    List<String> keyFields();

    /**
     * The filter as the store reads it, each value converted to its field's type (text is parsed): lets a
     * caller check a filter, or type the values it got as text, before it starts a long operation.
     *
     * @throws InvalidKeyException naming an unknown field or a value of the wrong type
     */
    SeriesKey checkFilter(SeriesKey filter);

    /**
     * First write of a series: {@code setTs(key, series, WriteMode.INSERT)}.
     *
     * @throws ReadOnlyStoreException on a pull target (as every local write)
     * @throws SeriesAlreadyExistsException if a live chunk of this key is stored
     * @throws OperationNotAllowedException on a sync store (write with UPDATE or REPLACE there)
     */
    void setTs(SeriesKey key, Series series);

    /**
     * Writes one series onto the store's grid; nothing is resampled. Empty or all-NaN input writes
     * nothing in every mode and logs one line (removing a series is {@link #delete}'s job). Chunks that
     * would not change are not rewritten, so sync clients do not fetch them again.
     *
     * @param key    the series, every key field given
     * @param series a dense, irregular or local series; local date-times are read in the store zone
     * @param mode   {@link WriteMode#INSERT}, {@link WriteMode#UPDATE} or {@link WriteMode#REPLACE}
     * @return the number of chunk rows written (inserted, rewritten or tombstoned)
     * @throws SeriesAlreadyExistsException with INSERT, if a live chunk of this key is stored
     * @throws OperationNotAllowedException with INSERT on a sync store
     * @throws ReadOnlyStoreException on a pull target ({@code io.holcstore.mapping.PullTarget})
     * @throws io.holcstore.grid.OffGridTimestampException naming the first instant off the grid
     * @throws io.holcstore.series.InvalidLocalTimeException naming a local time the zone skips or repeats
     */
    int setTs(SeriesKey key, Series series, WriteMode mode);

    /**
     * First write of many series, all or nothing. Takes a bounded number of locks however many series
     * it writes.
     *
     * @param seriesByKey the series by key, every key field given in each
     * @return the number of chunk rows written
     * @throws SeriesAlreadyExistsException if any of the series is stored, naming it; nothing is written
     * @throws OperationNotAllowedException on a sync store
     * @throws InvalidKeyException if two keys name the same series once converted to the field types
     * @throws ReadOnlyStoreException on a pull target
     */
    int setManyTs(Map<SeriesKey, ? extends Series> seriesByKey);

    /** The whole series, NaN bounds trimmed: {@code getTs(key, null, null, true)}. */
    DenseSeries getTs(SeriesKey key);

    /** The series within {@code [start, end]}, NaN bounds trimmed: {@code getTs(key, start, end, true)}. */
    DenseSeries getTs(SeriesKey key, Instant start, Instant end);

    /**
     * One stored series, rendered in the store zone.
     *
     * @param key          the series, every key field given
     * @param start        first instant wanted (inclusive), or null: from the first stored value
     * @param end          last instant wanted (inclusive), or null: up to the last stored value
     * @param dropBoundsNa whether to trim leading and trailing NaN
     * @return the series on the store's grid; empty (never null) if nothing is stored in the window
     * @throws InvalidWindowException if {@code start} is after {@code end}
     */
    DenseSeries getTs(SeriesKey key, Instant start, Instant end, boolean dropBoundsNa);

    /**
     * Hands every series matching a filter to {@code consumer}, one at a time, ordered by key (fields in
     * name order), each within the window as {@link #getTs(SeriesKey, Instant, Instant, boolean)} cuts
     * it; series empty in the window are skipped. Holds one series in memory at a time, and reads the
     * database as the consumer takes them, within this call's transaction.
     *
     * @return how many series were handed over
     * @throws InvalidWindowException if {@code start} is after {@code end}
     */
    long yieldManyTs(SeriesKey filter, Instant start, Instant end, boolean dropBoundsNa, Consumer<KeyedSeries> consumer);

    /** The latest instant holding a value among the series matching the filter; empty if none. */
    Optional<Instant> getMaxHorodate(SeriesKey filter);

    /**
     * The newest {@code updated_at} among the chunks (tombstones included) matching the filter; local
     * midnight of 2000-01-01 in the store zone when none matches, as the reference answers. This is the store's own
     * change clock (imports are stamped by it too), so it is where this store's clients stand, not where its own pulls
     * resume: they resume from {@link #pullStart}.
     */
    Instant lastUpdatedAt(SeriesKey filter);

    /**
     * Deletes the series matching a filter (every series for the empty filter), waiting for writers of
     * those series to finish first.
     *
     * @param keepTracking true: the chunks become tombstones (empty data, new {@code updated_at}) that
     *                     sync clients pull; false: the rows are removed
     * @return the number of chunk rows tombstoned or removed
     * @throws OperationNotAllowedException with {@code keepTracking = false} on a sync store
     * @throws ReadOnlyStoreException on a pull target
     */
    int delete(SeriesKey filter, boolean keepTracking);

    /**
     * Sync stores only: one page of the chunks changed at or after {@code since} (inclusive) that match the filter,
     * ordered by ({@code updated_at}, row id), without their data, tombstones included.
     *
     * <p><b>Lossless.</b> A reader that walks the pages by {@link UpdatesListing#next()}, then starts its next walk
     * at the newest {@code updated_at} it read (inclusive), never misses a committed change, however writers
     * interleave and commit. Writes take their {@code updated_at} from the database's clock once they hold their
     * locks, so one clock orders the writers of every application server; and a listing stops short of the oldest
     * write still in flight, so no write can later commit below what a reader has already read. That write, and
     * what follows it, is listed once it commits. (So on PostgreSQL; on H2, stamps come from the JVM's clock and a
     * listing waits for the writes in flight on the store; a sync store on any other database is refused.)
     *
     * @param since the first {@code updated_at} listed, within the years 1 to 9999 (UTC)
     * @param limit at most this many, from 1 to {@link Integer#MAX_VALUE}
     * @param after null for the first page; otherwise the previous page's {@link UpdatesListing#next()}, with the same
     *              {@code since} and filter
     * @throws InvalidArgumentException       naming {@code since}, {@code limit} or {@code after} when out of range
     * @throws OperationNotAllowedException   on a store without sync
     * @throws UnsupportedIsolationException under an isolation level the database does not run as READ COMMITTED
     *                                       (PostgreSQL runs READ UNCOMMITTED so; H2 accepts READ COMMITTED only),
     *                                       where the listing could not see what committed while it looked
     */
    UpdatesListing listUpdates(Instant since, SeriesKey filter, int limit, UpdatePosition after);

    /**
     * {@link #listUpdates(Instant, SeriesKey, int, UpdatePosition)} skipping the first {@code offset} updates of the
     * listing instead of resuming after a position, as the Python reference pages: offsets over a listing that changes
     * between pages can skip a change, so a reader walks by {@code next}, which is a position whichever way the page
     * was asked.
     *
     * @param offset updates of the listing to skip, at least 0
     */
    UpdatesListing listUpdates(Instant since, SeriesKey filter, int limit, long offset);

    /**
     * {@link #listUpdates(Instant, SeriesKey, int, UpdatePosition)} (or, with no {@code after}, its offset form)
     * narrowed further by {@code lookups} on key fields, every one of which must hold: what a sync server needs for
     * the reference's filters ({@code version__gte=4}, {@code kind__in=a,b}).
     *
     * @param lookups conditions on key fields, their values converted to the fields' types; empty for none
     * @param after   null for the first page or a page by offset; otherwise the previous page's next position
     * @param offset  updates of the listing to skip when {@code after} is null, at least 0
     * @throws InvalidKeyException naming the field of a lookup the store lacks or whose value does not convert
     */
    UpdatesListing listUpdates(Instant since, SeriesKey filter, List<KeyLookup> lookups, int limit, UpdatePosition after,
                               long offset);

    /**
     * Sync stores only: the named chunks in the order named, blobs exactly as stored (never decoded).
     *
     * @throws ChunkNotFoundException naming the first chunk not stored
     */
    List<ChunkTransfer> exportChunks(List<ChunkRef> refs);

    /**
     * Sync stores only: stores chunks exported by a store of the same definition. Each chunk is stamped as a local
     * write is ({@code updated_at} from this store's clock, read once its series are locked, so that this store lists
     * it to its own clients losslessly); the {@code updated_at} it carries is kept as its upstream stamp. A chunk is
     * inserted or written over the stored chunk of the same key and index, unless the stored one was imported with an
     * upstream stamp at least as new: the same copy (listed again) is not rewritten, and an older copy, such as one a
     * pull racing another brings, never rolls a chunk back. A chunk written in this store is overwritten.
     * Every chunk is checked first or while it streams (key, start on this grid, {@code updated_at} within the years
     * 1 to 9999, blob decodable to at most the chunk's grid length); a chunk shorter than its grid length, as the
     * Python reference stores around DST month ends, is its first values, NaN after.
     *
     * @return the number of chunks written (copies already held left out)
     * @throws InvalidChunkException naming the first bad chunk; nothing of the call is kept
     */
    int importChunks(List<ChunkTransfer> chunks);

    /**
     * {@link #importChunks(List)} as one pack of a pull: in the same transaction, moves the pull's position
     * ({@link #pullPosition}) of {@code advanceTo}'s upstream and filter to its instant, unless it is there or further
     * already (a position never moves backwards). The import and the position commit together, so a pull killed
     * anywhere resumes from the last pack it committed. Other pulls' positions are left alone.
     *
     * @param chunks    the pack, possibly empty (the position still moves)
     * @param advanceTo the pull and the upstream's {@code updated_at} of the last chunk listed in the pack
     * @throws InvalidChunkException naming the first bad chunk; nothing of the call is kept
     * @throws InvalidKeyException   if the position's filter names a field the store lacks
     */
    int importChunks(List<ChunkTransfer> chunks, PullPosition advanceTo);

    /**
     * Sync stores only: the position of the pull of {@code upstream} under {@code filter} (the filter as
     * {@link #checkFilter} reads it), as its last committed pack left it; empty before its first pack. Local writes,
     * other filters and other upstreams never move it.
     *
     * @throws InvalidArgumentException for a null, blank or over-long upstream
     */
    Optional<Instant> pullPosition(String upstream, SeriesKey filter);

    /**
     * Sync stores only: where the next pull of {@code upstream} under {@code filter} starts (inclusive): its
     * {@link #pullPosition}; before its first pack, while the store keeps no pull position at all, the newest upstream
     * {@code updated_at} it holds under the filter (where a mirror of an earlier version stood); otherwise local midnight
     * of 2000-01-01 in the store zone.
     *
     * @throws InvalidArgumentException for a null, blank or over-long upstream
     */
    Instant pullStart(String upstream, SeriesKey filter);
}
