package io.holcstore.testing;

import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.store.jdbc.JpaTimeseriesChunkStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;

import java.util.function.Function;

/**
 * A transaction on a connection of its own, left open between calls: a writer in flight, as another thread or
 * another application server holds one. Rolled back on close unless committed.
 */
public final class OpenTransaction implements AutoCloseable {
    private final EntityManager em;
    private final EntityTransaction tx;
    private final JpaTimeseriesChunkStore store;

    public OpenTransaction(PostgresStores db, Class<? extends TimeseriesChunk> entity) {
        this.em = db.factory().createEntityManager();
        this.tx = em.getTransaction();
        this.store = new JpaTimeseriesChunkStore(em, entity);
        tx.begin();
    }

    /** Runs {@code work} in the open transaction. */
    public <T> T run(Function<JpaTimeseriesChunkStore, T> work) {
        return work.apply(store);
    }

    public void commit() {
        tx.commit();
    }

    @Override
    public void close() {
        if (tx.isActive()) {
            tx.rollback();
        }
        em.close();
    }
}
