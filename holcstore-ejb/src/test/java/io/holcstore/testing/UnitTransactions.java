package io.holcstore.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * Resource-local transactions of one persistence unit, as the test helpers of every store run their work: one new
 * entity manager per transaction, committed on success, rolled back on any exception, as the EJBs' container
 * transactions are. Thread-safe: each call has its own entity manager.
 */
public final class UnitTransactions {
    /** Work on the entity manager of one transaction. */
    @FunctionalInterface
    public interface EntityManagerWork<T> {
        T apply(EntityManager em) throws SQLException;
    }

    /** Work on the JDBC connection of one transaction. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final EntityManagerFactory factory;

    /** Transactions of the unit {@code factory} opens; closing the factory stays the caller's. */
    public UnitTransactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /**
     * Runs {@code work} in one transaction of a new entity manager and answers its result.
     *
     * @throws IllegalStateException wrapping an {@link SQLException} of {@code work}, after the rollback
     */
    public <T> T inTransaction(EntityManagerWork<T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /**
     * Runs {@code work} on the JDBC connection of one transaction, committed on success.
     *
     * @throws IllegalStateException wrapping an {@link SQLException} of {@code work}, after the rollback
     */
    public <T> T jdbc(SqlWork<T> work) {
        return inTransaction(em -> work.apply(em.unwrap(Connection.class)));
    }

    /** Runs {@code work} on a new entity manager outside any transaction (metadata look-ups), then closes it. */
    public <T> T withEntityManager(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }
}
