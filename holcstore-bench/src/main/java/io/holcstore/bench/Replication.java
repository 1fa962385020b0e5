package io.holcstore.bench;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.jdbc.JpaTimeseriesChunkStore;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Replicates the workload's sync source into its emptied sync target, page by page, as a sync client
 * does over REST but in one process: listUpdates and exportChunks on the source, importChunks on the
 * target, each its own transaction (each is one EJB call on its side).
 *
 * <p>The next page is listed and exported while the current one is imported, as a sync client
 * downloads the next pack while it imports the last: reading the source and writing the target then use
 * both cores (and both server processes) instead of taking turns. It holds two pages at most.
 */
public final class Replication {
    /** What one replication moved, and how long it took. */
    public record Result(long chunks, long blobBytes, double seconds) {
    }

    private final Database db;
    private final Workload workload;
    private final int pageSize;

    public Replication(Database db, Workload workload, int pageSize) {
        this.db = db;
        this.workload = workload;
        this.pageSize = pageSize;
    }

    public Result run() throws InterruptedException, ExecutionException {
        String target = db.table(workload.syncTarget());
        db.truncate(target);
        long chunks = 0;
        long blobBytes = 0;
        ExecutorService exporter = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "replication-export");
            thread.setDaemon(true);
            return thread;
        });
        long start = System.nanoTime();
        try {
            Future<List<ChunkTransfer>> next = exporter.submit(() -> export(0));
            while (true) {
                List<ChunkTransfer> page = next.get();
                long offset = chunks + page.size();
                boolean last = page.size() < pageSize;
                if (!last) {
                    next = exporter.submit(() -> export(offset));
                }
                if (!page.isEmpty()) {
                    db.inTransaction(workload.syncTarget(), store -> store.importChunks(page));
                }
                chunks += page.size();
                blobBytes += page.stream().mapToLong(t -> t.data().length).sum();
                if (last) {
                    break;
                }
            }
        } finally {
            exporter.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (chunks != workload.totalChunks() || db.rowCount(target) != chunks) {
            throw new IllegalStateException("replication moved " + chunks + " chunks, target holds " + db.rowCount(target)
                    + ", expected " + workload.totalChunks());
        }
        return new Result(chunks, blobBytes, seconds);
    }

    /** Lists the page of updates at {@code offset} and exports its chunks (exportChunks fails on any it cannot find). */
    private List<ChunkTransfer> export(long offset) {
        List<ChunkUpdate> listed = db.inTransaction(workload.syncSource(),
                store -> store.listUpdates(Instant.EPOCH, SeriesKey.all(), pageSize, offset).updates());
        if (listed.isEmpty()) {
            return List.of();
        }
        List<ChunkRef> refs = listed.stream().map(ChunkUpdate::ref).toList();
        return db.inTransaction(workload.syncSource(), store -> store.exportChunks(refs));
    }
}
