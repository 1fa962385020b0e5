package io.holcstore.sync;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;

import java.util.function.Supplier;

/** Transactions on one EntityManager, the one the local store uses: begin, commit, roll back on any exception. */
final class EntityManagerTransactions implements TransactionRunner {
    private final EntityManager em;
    private int committed;

    EntityManagerTransactions(EntityManager em) {
        this.em = em;
    }

    /** How many transactions committed. */
    int committed() {
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
