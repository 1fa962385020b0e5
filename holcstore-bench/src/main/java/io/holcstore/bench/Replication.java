package io.holcstore.bench;

import io.holcstore.store.jdbc.JpaTimeseriesChunkStore;
import io.holcstore.sync.EntityManagerTransactions;
import io.holcstore.sync.LocalChunkSource;
import jakarta.persistence.EntityManager;

/**
 * In-process replication: the library's {@link io.holcstore.sync.ChunkPuller} reading the workload's sync source
 * through a {@link LocalChunkSource} (its own EntityManager, each read in a transaction of its own, as a server
 * answers each request) into the emptied sync target ({@link SyncTargetPull}). The twin of {@link HttpPull} without
 * the HTTP server in between.
 */
public final class Replication {
    private final Database db;
    private final Workload workload;
    private final SyncTargetPull target;

    public Replication(Database db, Workload workload, int pageSize) {
        this.db = db;
        this.workload = workload;
        this.target = new SyncTargetPull(db, workload, pageSize);
    }

    public SyncTargetPull.Result run() {
        EntityManager em = db.createEntityManager();
        try {
            LocalChunkSource source = new LocalChunkSource(new JpaTimeseriesChunkStore(em, workload.syncSource()),
                    new EntityManagerTransactions(em));
            return target.pull("replication of " + workload.label(), source);
        } finally {
            em.close();
        }
    }
}
