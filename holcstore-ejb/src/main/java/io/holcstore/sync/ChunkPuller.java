package io.holcstore.sync;

import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.OperationNotAllowedException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Replicates into a local sync store what changed in a {@link ChunkSource} (SPEC 4, the reference client's
 * algorithm with a cursor that survives a kill).
 *
 * <p>A pull starts from the local {@code lastUpdatedAt(filter)}, inclusive; walks the source's pages by token until
 * there is none; and cuts each page, in its order, into packs of {@code batch} chunks, each fetched and imported in
 * its own transaction. Tombstones travel in the packs like any chunk: {@code importChunks} stores them, so that this
 * store's own clients learn of the deletion, and a tombstone of a chunk this store never held is not listed again on
 * every pull, as the reference's is. Unlike the reference, which applies a page's tombstones before fetching its live
 * chunks, they are imported in listing order with them: imported first, they could move the cursor past live chunks
 * listed before them.
 *
 * <p><b>Why a killed pull loses nothing and stores nothing twice.</b> Imports keep the source's
 * {@code updated_at}, and packs are imported in the order listed, so once a pack commits, the local
 * {@code lastUpdatedAt} is the newest {@code updated_at} imported, and every listed chunk not yet imported has an
 * {@code updated_at} at least as new. A pull killed anywhere (a pack's transaction rolls back whole) therefore resumes
 * on the next pull, from that instant, with every chunk it had not imported. Chunks sharing that instant are listed
 * again and re-imported: writing a chunk over its identical copy changes nothing, and each chunk is stored once
 * (one row per key and index). The one way the cursor could jump ahead is a chunk rewritten on the source between the
 * listing and its pack, which comes back newer than anything listed so far; such a chunk is left out of its pack (and
 * counted in the progress lines): it is listed again at its new {@code updated_at}, later in the same walk or, if the
 * walk ends first, on the next pull. This is lossless as long as the source's listing is: a source paging by offset
 * over a listing that changes between pages can skip chunks, which no client can see.
 *
 * <p><b>Filters.</b> The cursor of a filter is the newest chunk held under it, so pull a store always with the same
 * filter, or with disjoint ones: a narrower pull moves the cursor of a wider filter, which can then skip changes made
 * before it (pull {@code {version=1}}, then the empty filter: a change of version 2 older than the newest chunk of
 * version 1 is never listed).
 *
 * <p>The source is read outside any local transaction, from the caller's thread or, with {@link #prefetchingOn},
 * from an executor's. Not thread-safe: run one pull at a time per local store.
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

    private final String name;
    private final ChunkSource source;
    private final TimeseriesChunkStore store;
    private final TransactionRunner transactions;
    private final Duration progressInterval;
    /** Where the next pack is fetched while the current one imports; null: one after the other, on the caller's thread. */
    private final Executor prefetch;
    /** The longest the puller waits for a prefetched pack. */
    private final Duration prefetchWait;

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
        this(name, source, store, transactions, progressInterval, null, DEFAULT_PREFETCH_WAIT);
    }

    private ChunkPuller(String name, ChunkSource source, TimeseriesChunkStore store, TransactionRunner transactions,
                        Duration progressInterval, Executor prefetch, Duration prefetchWait) {
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
                InvalidArgumentException.requireNonNull(executor, "executor"), maxWait);
    }

    /**
     * Pulls the chunks matching {@code filter} changed on the source since the newest one this store holds.
     *
     * @param filter   the key fields to replicate; the empty key for every series
     * @param batch    chunks per pack (and per local transaction), at least 1
     * @param pageSize updates per page asked of the source, at least 1
     * @return what was pulled
     * @throws InvalidArgumentException       for a null filter or a batch or page size below 1, before anything is read
     * @throws io.holcstore.store.InvalidKeyException if the filter names a field the store lacks, before anything is read
     * @throws OperationNotAllowedException          if the local store has no sync
     * @throws ChunkSourceException           if the source fails; the packs imported so far are kept
     * @throws io.holcstore.store.InvalidChunkException naming a chunk this store cannot take; earlier packs are kept
     */
    public PullResult pull(SeriesKey filter, int batch, int pageSize) {
        InvalidArgumentException.requireNonNull(filter, "filter");
        requirePositive(batch, "batch");
        requirePositive(pageSize, "pageSize");
        if (!store.settings().sync()) {
            throw new OperationNotAllowedException("pull " + name + ": the local store has no sync");
        }
        Cursor cursor = transactions.inNewTransaction(() -> {
            SeriesKey checked = store.checkFilter(filter);
            return new Cursor(checked, store.lastUpdatedAt(checked));
        });
        PullProgress progress = new PullProgress("pull " + name + " " + cursor.filter + " since " + cursor.since,
                progressInterval);
        PackFeed walk = new SourceWalk(name, source, cursor.since, cursor.filter, batch, pageSize);
        try (PackFeed packs = prefetch == null ? walk : new PrefetchedPacks(name, walk, prefetch, prefetchWait)) {
            for (FetchedPack pack = packs.next(); pack != null; pack = packs.next()) {
                importPack(pack, progress);
                if (pack.endsPage()) {
                    progress.pageDone();
                }
            }
        }
        return progress.finish();
    }

    /** Imports, in one transaction, the chunks of a pack not rewritten since they were listed. */
    private void importPack(FetchedPack pack, PullProgress progress) {
        List<ChunkTransfer> received = pack.received();
        List<ChunkTransfer> current = new ArrayList<>(received.size());
        int tombstones = 0;
        long bytes = 0;
        for (int i = 0; i < received.size(); i++) {
            ChunkTransfer chunk = received.get(i);
            bytes += chunk.data().length;
            if (!chunk.updatedAt().isAfter(pack.listed().get(i).updatedAt())) {
                current.add(chunk);
                tombstones += chunk.deleted() ? 1 : 0;
            }
        }
        if (!current.isEmpty()) {
            transactions.inNewTransaction(() -> store.importChunks(current));
        }
        progress.packImported(current.size() - tombstones, tombstones, received.size() - current.size(), bytes);
    }

    private static void requirePositive(int value, String argument) {
        if (value < 1) {
            throw new InvalidArgumentException(argument, "must be at least 1, got " + value);
        }
    }

    /** Where a pull starts: the filter as the store reads it and the newest {@code updated_at} it holds under it. */
    private record Cursor(SeriesKey filter, Instant since) {
    }
}
