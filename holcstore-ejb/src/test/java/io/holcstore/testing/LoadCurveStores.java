package io.holcstore.testing;

import io.holcstore.mapping.LoadCurve;
import io.holcstore.store.jdbc.JpaLoadCurveStore;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

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
    private final UnitTransactions transactions;

    /** The unit on the test PostgreSQL database; its tables are dropped and created. */
    public LoadCurveStores() {
        this(PostgresStores.jdbcProperties());
    }

    /** The unit with these connection settings (e.g. {@link PostgresStores#h2Properties}). */
    public LoadCurveStores(Map<String, Object> connectionProperties) {
        this(UNIT, connectionProperties);
    }

    /** Another unit holding both test stores, e.g. one of a module that also reads other stores. */
    public LoadCurveStores(String unit, Map<String, Object> connectionProperties) {
        factory = Persistence.createEntityManagerFactory(unit, connectionProperties);
        transactions = new UnitTransactions(factory);
    }

    /** Runs {@code work} on a store of {@code entity} in one transaction. */
    public <T> T inTransaction(Class<? extends LoadCurve> entity, Function<JpaLoadCurveStore, T> work) {
        return transactions.inTransaction(em -> work.apply(new JpaLoadCurveStore(em, entity)));
    }

    /** Runs {@code work} on a store of {@code entity} in one transaction, for calls whose result does not matter. */
    public void run(Class<? extends LoadCurve> entity, Consumer<JpaLoadCurveStore> work) {
        inTransaction(entity, store -> {
            work.accept(store);
            return null;
        });
    }

    /** Runs SQL on the connection of one transaction, committed on success. */
    public <T> T jdbc(UnitTransactions.SqlWork<T> work) {
        return transactions.jdbc(work);
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
