package io.holcstore.testing;

import io.holcstore.mapping.LoadCurve;
import io.holcstore.store.jdbc.JpaLoadCurveStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The load-curve test unit on the real PostgreSQL (or an embedded H2, given its settings), and transactions around
 * store calls: commit on success, roll back on any exception, as the EJB face does.
 */
public final class LoadCurveStores implements AutoCloseable {
    /** The unit of the load-curve tests (persistence.xml). */
    public static final String UNIT = "holcstore-loadcurve";

    private final EntityManagerFactory factory;

    /** The unit on the test PostgreSQL database; its tables are dropped and created. */
    public LoadCurveStores() {
        this(PostgresStores.jdbcProperties());
    }

    /** The unit with these connection settings (e.g. {@link PostgresStores#h2Properties}). */
    public LoadCurveStores(Map<String, Object> connectionProperties) {
        factory = Persistence.createEntityManagerFactory(UNIT, connectionProperties);
    }

    /** Runs {@code work} on a store of {@code entity} in one transaction. */
    public <T> T inTransaction(Class<? extends LoadCurve> entity, Function<JpaLoadCurveStore, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(new JpaLoadCurveStore(em, entity));
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Runs {@code work} on a store of {@code entity} in one transaction, for calls whose result does not matter. */
    public void run(Class<? extends LoadCurve> entity, Consumer<JpaLoadCurveStore> work) {
        inTransaction(entity, store -> {
            work.accept(store);
            return null;
        });
    }

    /** Runs SQL on the connection of one transaction, committed on success. */
    public <T> T jdbc(PostgresStores.SqlWork<T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em.unwrap(Connection.class));
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

    /** Deletes every row of both test stores. */
    public void clearAll() {
        run(MeterCurve.class, store -> store.clearAll(io.holcstore.store.SeriesKey.all()));
        run(YearCurve.class, store -> store.clearAll(io.holcstore.store.SeriesKey.all()));
    }

    @Override
    public void close() {
        factory.close();
    }
}
