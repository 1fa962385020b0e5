package io.holcstore.sync;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.InvalidChunkException;
import io.holcstore.store.OperationNotAllowedException;
import io.holcstore.store.PullPosition;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.StampRange;
import io.holcstore.store.TimeseriesChunkStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Replicates into a local sync store what changed in a {@link ChunkSource} (SPEC 4, the reference client's
 * algorithm with a position that survives a kill).
 *
 * <p>A pull starts from the local store's position for this source and filter ({@code pullStart}), inclusive; walks
 * the source's pages by token until there is none; and cuts each page, in its order, into packs of {@code batch}
 * chunks, each fetched and imported in its own transaction, which also moves the position to the source's
 * {@code updated_at} of the last chunk listed in the pack. Tombstones travel in the packs like any chunk:
 * {@code importChunks} stores them, so that this store's own clients learn of the deletion, and a tombstone of a chunk
 * this store never held is not listed again on every pull, as the reference's is. Unlike the reference, which applies
 * a page's tombstones before fetching its live chunks, they are imported in listing order with them.
 *
 * <p><b>Why a killed pull loses nothing and stores nothing twice.</b> Packs are imported in the order listed, and each
 * commits with the position it reached, so every listed chunk not yet imported has an {@code updated_at} at least as
 * new as the position. A pull killed anywhere (a pack's transaction rolls back whole) resumes on the next pull from
 * there, with every chunk it had not imported. Chunks sharing that instant are listed again, and the import skips them
 * as copies it holds (no rewrite, no new local stamp); each chunk is stored once (one row per key and index). A chunk
 * rewritten on the source between the listing and its pack comes back newer than listed; it is left out of its pack
 * (and counted in the progress lines), and imported when listed again at its new {@code updated_at}, which is past the
 * position, later in the same walk or on the next pull. This is lossless as long as the source's listing is: a source
 * paging by offset over a listing that changes between pages can skip chunks, which no client can see.
 *
 * <p><b>Filters, sources, local writes.</b> The local store keeps one position per (source, filter), moved by that
 * pull only, so one store may be fed by several filters, disjoint or not, and by several sources; its own writes do not
 * move any position. (Declare a store fed only by pulls a {@code PullTarget}: it then refuses local writes.)
 *
 * <p><b>Stamps from the future.</b> A chunk listed or received with an {@code updated_at} more than
 * {@link #DEFAULT_FUTURE_TOLERANCE} (or {@link #toleratingFuture}) ahead of this JVM's clock stops the pull with an
 * {@link InvalidChunkException} naming it, before anything of its pack is imported: a faulty upstream clock would
 * otherwise move the position past every change to come.
 *
 * <p>The source is read outside any local transaction, from the caller's thread or, with {@link #prefetchingOn},
 * from an executor's. Not thread-safe: run one pull at a time per local store, source and filter.
 */
public final class ChunkPuller {
    /** The least time between two progress lines, unless the constructor is given another. */
    public static final Duration DEFAULT_PROGRESS_INTERVAL = Duration.ofSeconds(10);
    /**
     * The longest a prefetching pull waits for one pack, unless {@link #prefetchingOn(Executor, Duration)} is given
     * another: a pack is at most two requests (a page and the pack), and an HTTP source bounds each to 15 minutes by
     * default.
     */
    public static final Duration DEFAULT_PREFETCH_WAIT = Duration.ofMinutes(30);
    /** How far ahead of the local clock a chunk's {@code updated_at} may be, unless {@link #toleratingFuture} says. */
    public static final Duration DEFAULT_FUTURE_TOLERANCE = Duration.ofDays(1);

    private final String name;
    private final ChunkSource source;
    private final TimeseriesChunkStore store;
    private final TransactionRunner transactions;
    private final Duration progressInterval;
    /** Where the next pack is fetched while the current one imports; null: one after the other, on the caller's thread. */
    private final Executor prefetch;
    /** The longest the puller waits for a prefetched pack. */
    private final Duration prefetchWait;
    private final Duration futureTolerance;

    /**
     * @param name         what the log lines call this replication, e.g. the local store and the server
     * @param source       where the changes are read
     * @param store        the local sync store they are imported into, of the same definition as the source's
     * @param transactions runs each local step (the cursor, each pack's import) in a transaction of its own
     */
    public ChunkPuller(String name, ChunkSource source, TimeseriesChunkStore store, TransactionRunner transactions) {
        this(name, source, store, transactions, DEFAULT_PROGRESS_INTERVAL);
    }

    /** As the other constructor, logging progress at most once per {@code progressInterval} (zero: every page). */
    public ChunkPuller(String name, ChunkSource source, TimeseriesChunkStore store, TransactionRunner transactions,
                       Duration progressInterval) {
        this(name, source, store, transactions, progressInterval, null, DEFAULT_PREFETCH_WAIT, DEFAULT_FUTURE_TOLERANCE);
    }

    private ChunkPuller(String name, ChunkSource source, TimeseriesChunkStore store, TransactionRunner transactions,
                        Duration progressInterval, Executor prefetch, Duration prefetchWait, Duration futureTolerance) {
        this.name = InvalidArgumentException.requireNonNull(name, "name");
        this.source = InvalidArgumentException.requireNonNull(source, "source");
        this.store = InvalidArgumentException.requireNonNull(store, "store");
        this.transactions = InvalidArgumentException.requireNonNull(transactions, "transactions");
        this.progressInterval = InvalidArgumentException.requireNonNull(progressInterval, "progressInterval");
        if (progressInterval.isNegative()) {
            throw new InvalidArgumentException("progressInterval", "must not be negative, got " + progressInterval);
        }
        this.prefetch = prefetch;
        this.prefetchWait = prefetchWait;
        this.futureTolerance = futureTolerance;
    }

    /**
     * This puller fetching each pack on {@code executor} while the one before it imports (in a container, a
     * {@code ManagedExecutorService}): the source's answers and the local imports overlap instead of taking turns.
     * The source is then called from the executor's threads, one call at a time; imports stay on the caller's
     * thread, in listing order, so a killed pull still resumes with nothing lost. Each pull holds one of the
     * executor's threads while it runs.
     */
    public ChunkPuller prefetchingOn(Executor executor) {
        return prefetchingOn(executor, DEFAULT_PREFETCH_WAIT);
    }

    /**
     * As {@link #prefetchingOn(Executor)}, waiting at most {@code maxWait} for each pack: a source that hangs, or an
     * executor that does not run the walk, then fails the pull with a {@link ChunkSourceException}.
     */
    public ChunkPuller prefetchingOn(Executor executor, Duration maxWait) {
        InvalidArgumentException.requireNonNull(maxWait, "maxWait");
        if (maxWait.isNegative() || maxWait.isZero()) {
            throw new InvalidArgumentException("maxWait", "must be positive, got " + maxWait);
        }
        return new ChunkPuller(name, source, store, transactions, progressInterval,
                InvalidArgumentException.requireNonNull(executor, "executor"), maxWait, futureTolerance);
    }

    /**
     * This puller refusing chunks stamped more than {@code tolerance} ahead of this JVM's clock (instead of
     * {@link #DEFAULT_FUTURE_TOLERANCE}): allow for the clock skew between the source's database and this machine.
     *
     * @throws InvalidArgumentException for a null or negative tolerance
     */
    public ChunkPuller toleratingFuture(Duration tolerance) {
        InvalidArgumentException.requireNonNull(tolerance, "tolerance");
        if (tolerance.isNegative()) {
            throw new InvalidArgumentException("tolerance", "must not be negative, got " + tolerance);
        }
        return new ChunkPuller(name, source, store, transactions, progressInterval, prefetch, prefetchWait, tolerance);
    }

    /**
     * Pulls the chunks matching {@code filter} changed on the source since this pull's position in the local store.
     *
     * @param filter   the key fields to replicate; the empty key for every series
     * @param batch    chunks per pack (and per local transaction), at least 1
     * @param pageSize updates per page asked of the source, at least 1
     * @return what was pulled
     * @throws InvalidArgumentException       for a null filter or a batch or page size below 1, before anything is read
     * @throws io.holcstore.store.InvalidKeyException if the filter names a field the store lacks, before anything is read
     * @throws OperationNotAllowedException          if the local store has no sync
     * @throws ChunkSourceException           if the source fails; the packs imported so far are kept
     * @throws InvalidChunkException naming a chunk this store cannot take, or one stamped too far in the future;
     *                               earlier packs are kept
     */
    public PullResult pull(SeriesKey filter, int batch, int pageSize) {
        InvalidArgumentException.requireNonNull(filter, "filter");
        requirePositive(batch, "batch");
        requirePositive(pageSize, "pageSize");
        if (!store.settings().sync()) {
            throw new OperationNotAllowedException("pull " + name + ": the local store has no sync");
        }
        String upstream = PullPosition.requireUpstream(source.upstream());
        Cursor cursor = transactions.inNewTransaction(() -> {
            SeriesKey checked = store.checkFilter(filter);
            return new Cursor(upstream, checked, store.pullStart(upstream, checked));
        });
        PullProgress progress = new PullProgress("pull " + name + " " + cursor.filter + " since " + cursor.since,
                progressInterval);
        PackFeed walk = new SourceWalk(name, source, cursor.since, cursor.filter, batch, pageSize);
        try (PackFeed packs = prefetch == null ? walk : new PrefetchedPacks(name, walk, prefetch, prefetchWait)) {
            for (FetchedPack pack = packs.next(); pack != null; pack = packs.next()) {
                importPack(pack, cursor, progress);
                if (pack.endsPage()) {
                    progress.pageDone();
                }
            }
        }
        return progress.finish();
    }

    /**
     * Imports, in one transaction, the chunks of a pack not rewritten since they were listed, moving the pull's position
     * to the last listed; first refuses the pack if it holds a stamp from the future.
     */
    private void importPack(FetchedPack pack, Cursor cursor, PullProgress progress) {
        List<ChunkUpdate> listed = pack.listed();
        if (listed.isEmpty()) {
            return;
        }
        List<ChunkTransfer> received = pack.received();
        Instant latest = Instant.now().plus(futureTolerance);
        List<ChunkTransfer> current = new ArrayList<>(received.size());
        int tombstones = 0;
        long bytes = 0;
        for (int i = 0; i < received.size(); i++) {
            ChunkTransfer chunk = received.get(i);
            requirePlausible(chunk.ref(), listed.get(i).updatedAt(), latest);
            requirePlausible(chunk.ref(), chunk.updatedAt(), latest);
            bytes += chunk.data().length;
            if (!chunk.updatedAt().isAfter(listed.get(i).updatedAt())) {
                current.add(chunk);
                tombstones += chunk.deleted() ? 1 : 0;
            }
        }
        PullPosition reached = new PullPosition(cursor.upstream, cursor.filter, listed.get(listed.size() - 1).updatedAt());
        transactions.inNewTransaction(() -> store.importChunks(current, reached));
        progress.packImported(current.size() - tombstones, tombstones, received.size() - current.size(), bytes);
    }

    /** A stamp within the years a store holds and not later than {@code latest}, else an error naming the chunk. */
    private void requirePlausible(ChunkRef chunk, Instant updatedAt, Instant latest) {
        if (!StampRange.holds(updatedAt)) {
            throw new InvalidChunkException("pull " + name + ": chunk " + chunk.chunkIndex() + " of " + chunk.key()
                    + " is stamped updated_at " + updatedAt + ", outside the years 1 to 9999; nothing of its pack is imported");
        }
        if (updatedAt.isAfter(latest)) {
            throw new InvalidChunkException("pull " + name + ": chunk " + chunk.chunkIndex() + " of " + chunk.key()
                    + " is stamped updated_at " + updatedAt + ", more than " + futureTolerance + " ahead of this machine's clock"
                    + " (a faulty clock upstream?); nothing of its pack is imported");
        }
    }

    private static void requirePositive(int value, String argument) {
        if (value < 1) {
            throw new InvalidArgumentException(argument, "must be at least 1, got " + value);
        }
    }

    /** Where a pull starts: the source, the filter as the store reads it and the position to resume from. */
    private record Cursor(String upstream, SeriesKey filter, Instant since) {
    }
}
