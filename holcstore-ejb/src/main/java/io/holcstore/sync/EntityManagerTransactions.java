package io.holcstore.sync;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;

import java.util.function.Supplier;

/**
 * Transactions on one resource-local EntityManager, the one a {@code JpaTimeseriesChunkStore} uses: begin, commit,
 * roll back on any exception. For pulls outside a container; in one, use a bean method with {@code REQUIRES_NEW}.
 * Not thread-safe, as its EntityManager.
 */
public final class EntityManagerTransactions implements TransactionRunner {
    private final EntityManager em;
    private int committed;

    public EntityManagerTransactions(EntityManager em) {
        this.em = em;
    }

    /** How many transactions committed. */
    public int committed() {
        return committed;
    }

    @Override
    public <T> T inNewTransaction(Supplier<T> work) {
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        try {
            T result = work.get();
            tx.commit();
            committed++;
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
        }
    }
}
