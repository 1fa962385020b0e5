package io.holcstore.bench;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;

import java.util.List;

/**
 * Replicates the workload's sync source into its emptied sync target, page by page, as a sync client
 * does over REST but in one process: listUpdates, exportChunks, importChunks, each its own transaction
 * (each is one EJB call on its side).
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

    public Result run() {
        String target = db.table(workload.syncTarget());
        db.truncate(target);
        long chunks = 0;
        long blobBytes = 0;
        long start = System.nanoTime();
        while (true) {
            long offset = chunks;
            List<ChunkUpdate> page = db.inTransaction(workload.syncSource(),
                    store -> store.listUpdates(TimeseriesChunkStore.NEVER_UPDATED, SeriesKey.all(), pageSize, offset));
            if (page.isEmpty()) {
                break;
            }
            List<ChunkRef> refs = page.stream().map(ChunkUpdate::ref).toList();
            List<ChunkTransfer> transfers = db.inTransaction(workload.syncSource(), store -> store.exportChunks(refs));
            db.inTransaction(workload.syncTarget(), store -> store.importChunks(transfers));
            chunks += page.size();
            blobBytes += transfers.stream().mapToLong(t -> t.data().length).sum();
            if (page.size() < pageSize) {
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (chunks != workload.totalChunks() || db.rowCount(target) != chunks) {
            throw new IllegalStateException("replication moved " + chunks + " chunks, target holds " + db.rowCount(target)
                    + ", expected " + workload.totalChunks());
        }
        return new Result(chunks, blobBytes, seconds);
    }
}
