package io.holcstore.store.dialect.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The rows the H2 dialect locks in place of PostgreSQL's advisory locks: one per (chunk table, bucket), in a table
 * shared by every store of the database. Locked with {@code SELECT ... FOR UPDATE}, so that H2 itself releases them
 * when the transaction ends, however it ends. See the package documentation for what they serve.
 */
final class SeriesLockTable {
    /** The table holding the lock rows, created by the first store that needs it. */
    static final String TABLE = "holcstore_series_locks";
    /** Buckets per chunk table: writers of different series wait for each other one time in this many. */
    static final int BUCKETS = 64;
    /**
     * How long a locking statement waits for a bucket row before it fails (H2's default, two seconds, is shorter
     * than a pull's import of a large pack). Set for the locking statements only, then the session's own restored.
     */
    static final int LOCK_WAIT_MILLIS = 60_000;

    private final String chunkTable;
    private final String store;

    SeriesLockTable(String chunkTable, String store) {
        this.chunkTable = chunkTable.toLowerCase(Locale.ROOT);
        this.store = store;
    }

    /**
     * Creates the lock table if it is missing and this chunk table's rows in it, on a connection of the caller's
     * (in auto-commit mode, outside any transaction of a store call); idempotent, safe to race.
     */
    void create(Connection ownConnection) throws SQLException {
        try (Statement ddl = ownConnection.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (table_name VARCHAR(255) NOT NULL, bucket INTEGER NOT NULL,"
                    + " PRIMARY KEY (table_name, bucket))");
        }
        try (PreparedStatement merge = ownConnection.prepareStatement(
                "MERGE INTO " + TABLE + " (table_name, bucket) KEY (table_name, bucket) VALUES (?, ?)")) {
            for (int bucket = 0; bucket < BUCKETS; bucket++) {
                merge.setString(1, chunkTable);
                merge.setInt(2, bucket);
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    /** Every bucket, ascending: what a listing or a delete by filter locks. */
    static int[] allBuckets() {
        return IntStream.range(0, BUCKETS).toArray();
    }

    /**
     * Locks the rows of {@code sortedBuckets} until the caller's transaction ends, one at a time in ascending order
     * (two callers locking once each cannot deadlock), waiting up to {@value #LOCK_WAIT_MILLIS} ms for each.
     *
     * @throws SQLException on a lock timeout, or when a bucket row is missing (the lock table was emptied behind the
     *                      store's back): never a silent write without its lock
     */
    void lock(Connection connection, int[] sortedBuckets) throws SQLException {
        int sessionTimeout = lockTimeout(connection);
        setLockTimeout(connection, LOCK_WAIT_MILLIS);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT bucket FROM " + TABLE + " WHERE table_name = ? AND bucket = ? FOR UPDATE")) {
            select.setString(1, chunkTable);
            for (int bucket : sortedBuckets) {
                select.setInt(2, bucket);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("the series lock table " + TABLE + " has no row for bucket " + bucket + " of table "
                                + chunkTable + " (store " + store + "); restart the application so that the store recreates it");
                    }
                }
            }
        } finally {
            setLockTimeout(connection, sessionTimeout);
        }
    }

    private static int lockTimeout(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT LOCK_TIMEOUT()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void setLockTimeout(Connection connection, int millis) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCK_TIMEOUT " + millis);
        }
    }
}
