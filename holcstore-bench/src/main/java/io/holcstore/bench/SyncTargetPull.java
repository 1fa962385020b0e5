package io.holcstore.bench;

import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;
import io.holcstore.store.jdbc.JpaTimeseriesChunkStore;
import io.holcstore.sync.ChunkPuller;
import io.holcstore.sync.ChunkSource;
import io.holcstore.sync.EntityManagerTransactions;
import io.holcstore.sync.PullResult;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;

/**
 * Pulls everything a {@link ChunkSource} lists into the workload's emptied sync target with the library's own
 * {@link ChunkPuller}, as a sync client does: filter {@link SeriesKey#all()}, {@code --sync-page} updates per page
 * and chunks per pack, each pack imported in a transaction of its own on the target's EntityManager while the next is
 * fetched on a second thread. Only the pull
 * is timed; it fails unless every chunk of the workload arrived and the target holds exactly them.
 */
public final class SyncTargetPull {
    /** What one pull moved, and how long it took. */
    public record Result(long chunks, long blobBytes, double seconds) {
    }

    private static final Logger LOG = Logger.getLogger(SyncTargetPull.class.getName());

    private final Database db;
    private final Workload workload;
    private final int pageSize;
    private final String targetTable;

    public SyncTargetPull(Database db, Workload workload, int pageSize) {
        this.db = db;
        this.workload = workload;
        this.pageSize = pageSize;
        this.targetTable = db.table(workload.syncTarget());
    }

    /**
     * Empties the target ({@link #emptyTarget()}), then pulls {@code untimed} into it and checks what arrived
     * ({@link #checkArrived}); {@code name} is what the puller's log lines say.
     */
    public Result pull(String name, ChunkSource untimed) {
        TimedChunkSource source = new TimedChunkSource(untimed);
        emptyTarget();
        EntityManager em = db.createEntityManager();
        ExecutorService prefetch = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "pull-prefetch");
            thread.setDaemon(true);
            return thread;
        });
        PullResult pulled;
        long start;
        try {
            TimeseriesChunkStore target = new JpaTimeseriesChunkStore(em, workload.syncTarget());
            ChunkPuller puller = newPuller(name, source, target, new EntityManagerTransactions(em), prefetch);
            start = System.nanoTime();
            pulled = puller.pull(SeriesKey.all(), pageSize, pageSize);
        } finally {
            prefetch.shutdownNow();
            em.close();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info(() -> name + ": " + source.split(seconds));
        long chunks = pulled.fetched() + pulled.deleted();
        checkArrived(name, chunks);
        return new Result(chunks, pulled.bytes(), seconds);
    }

    /**
     * Empties the target and forgets its pull positions, whoever pulls into it (this benchmark or the server): else a
     * repetition would resume where the last one ended and pull nothing.
     */
    public void emptyTarget() {
        db.truncate(targetTable);
        db.execute("DO $$ BEGIN IF to_regclass('holcstore_pull_position') IS NOT NULL THEN DELETE FROM holcstore_pull_position"
                + " WHERE store_table = lower('" + targetTable + "') AND upstream <> ''; END IF; END $$");
    }

    /** Fails unless the pull {@code name} moved every chunk of the workload and the target holds exactly them. */
    public void checkArrived(String name, long chunks) {
        long held = db.rowCount(targetTable);
        if (chunks != workload.totalChunks() || held != chunks) {
            throw new IllegalStateException(name + " moved " + chunks + " chunks, target holds " + held + ", expected "
                    + workload.totalChunks());
        }
    }

    /**
     * The puller, fetching the next pack on {@code prefetch} while the current one imports (as a sync client in a
     * server does on its managed executor); no progress lines during a timed run (the run itself is logged).
     */
    private static ChunkPuller newPuller(String name, ChunkSource source, TimeseriesChunkStore target,
                                         EntityManagerTransactions transactions, ExecutorService prefetch) {
        return new ChunkPuller(name, source, target, transactions, Duration.ofDays(1)).prefetchingOn(prefetch);
    }
}
