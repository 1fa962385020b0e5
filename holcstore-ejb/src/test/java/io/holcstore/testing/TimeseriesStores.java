package io.holcstore.testing;

import io.holcstore.mapping.TimeseriesRecord;
import io.holcstore.mapping.TimeseriesRecordMapping;
import io.holcstore.store.jdbc.JpaTimeseriesStore;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import java.sql.PreparedStatement;
import java.util.Map;
import java.util.function.Function;

/**
 * The persistence unit of the test stores of whole series ({@code holcstore-timeseries}) on the real PostgreSQL, or on
 * an embedded H2 given its settings; transactions around store calls (commit on success, roll back on any exception,
 * as the EJB does) and raw SQL on a store's table, to check what is stored without the store logic.
 */
public final class TimeseriesStores implements AutoCloseable {
    public static final String UNIT = "holcstore-timeseries";

    private final EntityManagerFactory factory;
    private final UnitTransactions transactions;

    /** The unit on the test database (-Dholcstore.test.jdbc-url). */
    public TimeseriesStores() {
        this(PostgresStores.jdbcProperties());
    }

    /** The unit with other connection settings, e.g. {@link PostgresStores#h2Properties}. */
    public TimeseriesStores(Map<String, Object> connectionProperties) {
        this(UNIT, connectionProperties);
    }

    /** Another unit holding test stores of whole series, e.g. one of a module that also reads other stores. */
    public TimeseriesStores(String unit, Map<String, Object> connectionProperties) {
        factory = Persistence.createEntityManagerFactory(unit, connectionProperties);
        transactions = new UnitTransactions(factory);
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    /** Runs {@code work} on a store of {@code entity} in one transaction of a new entity manager. */
    public <T> T inTransaction(Class<? extends TimeseriesRecord> entity, Function<JpaTimeseriesStore, T> work) {
        return transactions.inTransaction(em -> work.apply(new JpaTimeseriesStore(em, entity)));
    }

    /** What a store entity declares. */
    public TimeseriesRecordMapping mapping(Class<? extends TimeseriesRecord> entity) {
        return transactions.withEntityManager(em -> TimeseriesRecordMapping.of(em, entity));
    }

    /** Runs {@code work} on the JDBC connection of one committed transaction. */
    public <T> T jdbc(UnitTransactions.SqlWork<T> work) {
        return transactions.jdbc(work);
    }

    /** Runs an SQL update; {@code {table}} stands for the store's table. */
    public int execute(Class<? extends TimeseriesRecord> entity, String sql, Object... parameters) {
        String table = mapping(entity).table();
        return jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql.replace("{table}", table))) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setObject(i + 1, parameters[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    /** Removes every row of the store's table, by SQL. */
    public void empty(Class<? extends TimeseriesRecord> entity) {
        execute(entity, "DELETE FROM {table}");
    }

    /** The rows of the store's table, by SQL. */
    public long rows(Class<? extends TimeseriesRecord> entity) {
        String table = mapping(entity).table();
        return jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                 var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void close() {
        factory.close();
    }
}
