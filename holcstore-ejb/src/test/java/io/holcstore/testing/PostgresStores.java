package io.holcstore.testing;

import io.holcstore.mapping.KeyField;
import io.holcstore.mapping.StoreMapping;
import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.jdbc.JpaTimeseriesChunkStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A persistence unit on the real PostgreSQL (or, given other connection settings, on an embedded H2), and
 * transactions around store calls: commit on success, roll back on any exception, as the EJBs do. Also raw SQL
 * access to a store's table, so that tests check what is stored without going through the store logic.
 */
public final class PostgresStores implements AutoCloseable {
    /** The unit of the store tests (persistence.xml). */
    public static final String TEST_UNIT = "holcstore-test";

    private final EntityManagerFactory factory;
    private final UnitTransactions transactions;

    public PostgresStores() {
        this(TEST_UNIT);
    }

    /** A unit of the test database; pull positions left by earlier tests go (not the stores' lock rows). */
    public PostgresStores(String unit) {
        this(unit, jdbcProperties());
    }

    /** The unit with other connection settings, e.g. an embedded H2 database's; pull positions left by earlier tests go. */
    public PostgresStores(String unit, Map<String, Object> connectionProperties) {
        factory = Persistence.createEntityManagerFactory(unit, connectionProperties);
        transactions = new UnitTransactions(factory);
        transactions.inTransaction(em -> pullPositionsExist(em)
                ? em.createNativeQuery("DELETE FROM " + PULL_POSITIONS + " WHERE upstream <> ''").executeUpdate()
                : 0);
    }

    /** Connection settings of an in-memory H2 database named {@code name}, kept until the JVM exits. */
    public static Map<String, Object> h2Properties(String name) {
        return Map.of(
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "");
    }

    private static boolean pullPositionsExist(EntityManager em) {
        // information_schema: PostgreSQL and H2 both have it (to_regclass is PostgreSQL's only)
        Number tables = (Number) em.createNativeQuery("SELECT count(*) FROM information_schema.tables WHERE lower(table_name) = '"
                + PULL_POSITIONS + "'").getSingleResult();
        return tables.intValue() > 0;
    }

    /** Connection settings of the test database, overridable with -Dholcstore.test.jdbc-url / -user. */
    public static Map<String, Object> jdbcProperties() {
        return Map.of(
                "jakarta.persistence.jdbc.url", System.getProperty("holcstore.test.jdbc-url", "jdbc:postgresql://127.0.0.1:5432/test"),
                "jakarta.persistence.jdbc.user", System.getProperty("holcstore.test.jdbc-user", "postgres"),
                "jakarta.persistence.jdbc.password", "postgres");
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    /** Runs {@code work} on a store of {@code entity} in one transaction. */
    public <T> T inTransaction(Class<? extends TimeseriesChunk> entity, Function<JpaTimeseriesChunkStore, T> work) {
        return transactions.inTransaction(em -> work.apply(new JpaTimeseriesChunkStore(em, entity)));
    }

    /** Runs {@code work} on a store of {@code entity} and the JDBC connection of the same transaction. */
    public <T> T inTransaction(Class<? extends TimeseriesChunk> entity, StoreAndSqlWork<T> work) {
        return transactions.inTransaction(em -> {
            JpaTimeseriesChunkStore store = new JpaTimeseriesChunkStore(em, entity);
            return work.apply(store, em.unwrap(Connection.class));
        });
    }

    @FunctionalInterface
    public interface StoreAndSqlWork<T> {
        T apply(JpaTimeseriesChunkStore store, Connection connection) throws SQLException;
    }

    /** Runs {@code work} on a store of {@code entity} in one transaction, for calls whose result does not matter. */
    public void run(Class<? extends TimeseriesChunk> entity, Consumer<JpaTimeseriesChunkStore> work) {
        inTransaction(entity, store -> {
            work.accept(store);
            return null;
        });
    }

    /** Runs {@code work} on the JDBC connection of one transaction, committed on success. */
    public <T> T jdbc(UnitTransactions.SqlWork<T> work) {
        return transactions.jdbc(work);
    }

    /** The definition (table, columns, keys) of a store entity of this unit. */
    public StoreMapping definition(Class<? extends TimeseriesChunk> entity) {
        return transactions.withEntityManager(em -> StoreMapping.of(em, entity));
    }

    /** The store's table name. */
    public String table(Class<? extends TimeseriesChunk> entity) {
        return definition(entity).table();
    }

    /** The library's table of pull positions, shared by every store of the database. */
    public static final String PULL_POSITIONS = "holcstore_pull_position";

    /** Removes every row of the store's table, and the pull positions of the store (not its lock row). */
    public void clear(Class<? extends TimeseriesChunk> entity) {
        transactions.inTransaction(em -> {
            StoreMapping definition = StoreMapping.of(em, entity);
            int deleted = em.createNativeQuery("DELETE FROM " + definition.table()).executeUpdate();
            if (pullPositionsExist(em)) {
                em.createNativeQuery("DELETE FROM " + PULL_POSITIONS + " WHERE store_table = lower(?1) AND upstream <> ''")
                        .setParameter(1, definition.table())
                        .executeUpdate();
            }
            return deleted;
        });
    }

    /** The number of rows of the store's table (tombstones included), by native query. */
    public long count(Class<? extends TimeseriesChunk> entity) {
        return count(entity, "");
    }

    /** The number of rows of the store's table matching an SQL condition such as {@code WHERE is_deleted}. */
    public long count(Class<? extends TimeseriesChunk> entity, String where) {
        return transactions.withEntityManager(em -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM " + StoreMapping.of(em, entity).table() + " " + where).getSingleResult()).longValue());
    }

    /** Runs an SQL update on the store's table; {@code {table}} in the SQL stands for the table name. */
    public int execute(Class<? extends TimeseriesChunk> entity, String sql, Object... parameters) {
        String table = table(entity);
        return jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql.replace("{table}", table))) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setObject(i + 1, parameters[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    /**
     * One stored row, read with SQL; the blob as hex so that rows compare by content. {@code upstreamUpdatedAt} is null
     * for a chunk written in its store.
     */
    public record StoredRow(long id, SeriesKey key, int chunkIndex, String dtype, Instant startTs, Instant updatedAt,
                            boolean deleted, String dataHex, Instant upstreamUpdatedAt) {
        public byte[] data() {
            return HexFormat.of().parseHex(dataHex);
        }

        public ChunkRef ref() {
            return new ChunkRef(key, chunkIndex);
        }

        /** Everything but the row id, which an import does not keep. */
        public StoredRow withoutId() {
            return new StoredRow(0, key, chunkIndex, dtype, startTs, updatedAt, deleted, dataHex, upstreamUpdatedAt);
        }

        /** The row as its source held it, to compare with {@link #asImported()} rows of a store pulling from it. */
        public StoredRow asSource() {
            return new StoredRow(0, key, chunkIndex, dtype, startTs, updatedAt, deleted, dataHex, null);
        }

        /**
         * The row as its source held it, as far as an import tells: the same content, and the source's
         * {@code updated_at} kept as upstream stamp (its own {@code updated_at} is this store's clock).
         */
        public StoredRow asImported() {
            return new StoredRow(0, key, chunkIndex, dtype, startTs, upstreamUpdatedAt, deleted, dataHex, null);
        }
    }

    /** Every row of the store's table, ordered by key columns (sorted by field name) then chunk index. */
    public List<StoredRow> rows(Class<? extends TimeseriesChunk> entity) {
        return rows(entity, "");
    }

    /** The chunk index of every row of the store's table, in the order of {@link #rows(Class)}. */
    public List<Integer> chunkIndexes(Class<? extends TimeseriesChunk> entity) {
        return rows(entity).stream().map(StoredRow::chunkIndex).toList();
    }

    /** The rows of the store's table matching an SQL condition, ordered by key columns then chunk index. */
    public List<StoredRow> rows(Class<? extends TimeseriesChunk> entity, String where) {
        StoreMapping definition = definition(entity);
        return jdbc(connection -> rows(connection, definition, where));
    }

    /**
     * The rows of a store's table matching an SQL condition, read over {@code connection}: the same reading for
     * code that has a connection of its own, such as an EJB inside a container transaction.
     */
    public static List<StoredRow> rows(Connection connection, StoreMapping definition, String where) throws SQLException {
        StringJoiner keyColumns = new StringJoiner("");
        StringJoiner order = new StringJoiner(", ");
        for (KeyField key : definition.keys()) {
            keyColumns.add(", " + key.column());
            order.add(key.column());
        }
        order.add("chunk_index");
        String sql = "SELECT id, chunk_index, dtype, start_ts, updated_at, is_deleted, data, upstream_updated_at" + keyColumns
                + " FROM " + definition.table() + " " + where + " ORDER BY " + order;
        List<StoredRow> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> key = new LinkedHashMap<>();
                int column = 9;
                for (KeyField field : definition.keys()) {
                    key.put(field.name(), rs.getObject(column++));
                }
                rows.add(new StoredRow(rs.getLong(1), SeriesKey.of(key), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getObject(5, OffsetDateTime.class).toInstant(),
                        rs.getBoolean(6), HexFormat.of().formatHex(rs.getBytes(7)),
                        rs.getObject(8, OffsetDateTime.class) == null ? null : rs.getObject(8, OffsetDateTime.class).toInstant()));
            }
        }
        return rows;
    }

    @Override
    public void close() {
        factory.close();
    }
}
