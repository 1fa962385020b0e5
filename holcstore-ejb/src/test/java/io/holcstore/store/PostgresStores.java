package io.holcstore.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;

import java.util.Map;
import java.util.function.Function;

/**
 * The test persistence unit on the real PostgreSQL, and transactions around store calls: commit on
 * success, roll back on any exception, as the EJBs do.
 */
final class PostgresStores implements AutoCloseable {
    private final EntityManagerFactory factory;

    PostgresStores() {
        factory = Persistence.createEntityManagerFactory("holcstore-test", Map.of(
                "jakarta.persistence.jdbc.url", System.getProperty("holcstore.test.jdbc-url", "jdbc:postgresql://127.0.0.1:5432/test"),
                "jakarta.persistence.jdbc.user", System.getProperty("holcstore.test.jdbc-user", "postgres"),
                "jakarta.persistence.jdbc.password", "postgres"));
    }

    EntityManagerFactory factory() {
        return factory;
    }

    /** Runs {@code work} on a store of {@code entity} in one transaction. */
    <T> T inTransaction(Class<? extends TimeseriesChunk> entity, Function<TimeseriesChunkStore, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(new TimeseriesChunkStore(em, entity));
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Removes every row of the store's table. */
    void clear(Class<? extends TimeseriesChunk> entity) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            StoreDefinition definition = StoreDefinition.of(em, entity);
            em.createNativeQuery("DELETE FROM " + definition.table()).executeUpdate();
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
