package io.holcstore.bench;

import io.holcstore.mapping.StoreMapping;
import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.store.jdbc.JpaTimeseriesChunkStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * The benchmark's database: the persistence unit for the stores, transactions around store calls as an
 * EJB would run them (commit on success, roll back on failure), and plain JDBC for housekeeping and the
 * floors.
 *
 * <p>Everything lives in a schema of its own: the store entities share the {@code holcstore_chunk_seq}
 * sequence, which the test suites' drop-and-create units drop and recreate in {@code public}, and a
 * benchmark running meanwhile would lose it. Dropping that schema also removes everything the run made.
 */
public final class Database implements AutoCloseable {
    /** The application_name of every connection doing measured work. */
    public static final String APPLICATION = "holcstore-bench";

    private final String url;
    private final String schema;
    private final Properties credentials = new Properties();
    private final EntityManagerFactory factory;

    public Database(String baseUrl, String schema, String user, String password) {
        this.schema = schema;
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        execute(baseUrl, "CREATE SCHEMA IF NOT EXISTS " + schema);
        this.url = withParameters(baseUrl, "currentSchema=" + schema);
        factory = Persistence.createEntityManagerFactory("holcstore-bench", Map.of(
                "jakarta.persistence.jdbc.url", withParameters(url, "ApplicationName=" + APPLICATION),
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password));
    }

    /** Runs {@code work} on a store of {@code entity} in one transaction. */
    public <T> T inTransaction(Class<? extends TimeseriesChunk> entity, Function<JpaTimeseriesChunkStore, T> work) {
        return inTransaction(em -> work.apply(new JpaTimeseriesChunkStore(em, entity)));
    }

    /**
     * Runs {@code work} on an EntityManager of the benchmark's unit in one transaction, committed when it returns,
     * rolled back when it throws; the EntityManager is closed after.
     */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /**
     * An EntityManager of the benchmark's unit, for work that runs its own transactions on it (a puller's
     * {@code EntityManagerTransactions}); the caller closes it.
     */
    public EntityManager createEntityManager() {
        return factory.createEntityManager();
    }

    /** The JDBC URL of the benchmark's schema, as the stores' connections use it (for a server on the same data). */
    public String schemaUrl() {
        return withParameters(url, "ApplicationName=" + APPLICATION);
    }

    /** The table of a store entity. */
    public String table(Class<? extends TimeseriesChunk> entity) {
        EntityManager em = factory.createEntityManager();
        try {
            return StoreMapping.of(em, entity).table();
        } finally {
            em.close();
        }
    }

    /**
     * A plain connection (autocommit on) to the benchmark's schema, URL parameters added if given
     * ({@code "a=b&c=d"}). Named {@link #APPLICATION}, as the stores' connections are, so that
     * {@link CpuMeter} counts the server processes serving them.
     */
    public Connection connect(String extraParameters) throws SQLException {
        return connectAs(APPLICATION, extraParameters);
    }

    /** A connection under another application name, whose server work {@link CpuMeter} leaves out. */
    public Connection connectAs(String applicationName, String extraParameters) throws SQLException {
        String parameters = "ApplicationName=" + applicationName + (extraParameters.isEmpty() ? "" : "&" + extraParameters);
        return DriverManager.getConnection(withParameters(url, parameters), credentials);
    }

    public void execute(String sql) {
        execute(url, sql);
    }

    /** Removes every table and sequence the benchmark made. */
    public void dropSchema() {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private void execute(String target, String sql) {
        try (Connection c = DriverManager.getConnection(target, credentials); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String withParameters(String url, String parameters) {
        return parameters.isEmpty() ? url : url + (url.contains("?") ? "&" : "?") + parameters;
    }

    public long queryLong(String sql) {
        try (Connection c = connect(""); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** TRUNCATE rather than DELETE: no dead rows or TOAST bloat left to skew the next repetition. */
    public void truncate(String table) {
        execute("TRUNCATE " + table);
    }

    /**
     * VACUUM ANALYZE after a fill, untimed: autovacuum would otherwise pick the freshly filled table up
     * (insert threshold) and scan its hundreds of MB during the next timed runs.
     */
    public void settle(String table) {
        execute("VACUUM ANALYZE " + table);
    }

    public long rowCount(String table) {
        return queryLong("SELECT count(*) FROM " + table);
    }

    /** Heap, TOAST and indexes. */
    public long totalBytes(String table) {
        return queryLong("SELECT pg_total_relation_size('" + table + "')");
    }

    @Override
    public void close() {
        factory.close();
    }
}
