package io.holcstore.store.dialect.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores a table's blob column EXTERNAL (out of line, uncompressed): our blobs are LZ4 already, so PostgreSQL's own
 * compression attempt on every write is wasted work (measured: 7.6 s against 4.5 s to write 36 000 chunk blobs of
 * 23.8 KB; 7.6 s against 1.3 s to copy 100 blobs of a whole series of three years). PostgreSQL 15 cannot say it in
 * {@code CREATE TABLE}, so the stores do it at their table's first use.
 */
final class ExternalBlobs {
    private static final Logger LOG = Logger.getLogger(ExternalBlobs.class.getName());
    /** How long the {@code ALTER TABLE} waits for its exclusive lock before the store goes on without it. */
    static final String ALTER_LOCK_TIMEOUT = "200ms";

    private ExternalBlobs() {
    }

    /**
     * {@link #store}, best effort: when the catalog cannot be read, the store goes on with its blobs compressed by
     * PostgreSQL (logged), as no guarantee depends on it.
     */
    static void storeOrWarn(Connection ownConnection, String table, String column, String store) {
        try {
            store(ownConnection, table, column, store);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "store " + store + ": could not check the storage of table " + table
                    + "; its blobs may stay compressed by PostgreSQL", e);
        }
    }

    /**
     * Makes {@code column} of {@code table} EXTERNAL unless it is already. {@code ALTER TABLE} needs an exclusive lock
     * on the table: it runs in a transaction of its own that waits at most {@value #ALTER_LOCK_TIMEOUT} for it, and
     * when the table is busy the store goes on without it until its next deployment (logged): no guarantee depends
     * on it.
     *
     * @throws SQLException if the catalog cannot be read
     */
    static void store(Connection ownConnection, String table, String column, String store) throws SQLException {
        try (PreparedStatement check = ownConnection.prepareStatement(
                "SELECT attstorage FROM pg_attribute WHERE attrelid = to_regclass(?) AND attname = ?")) {
            check.setString(1, table);
            check.setString(2, column.toLowerCase(Locale.ROOT));
            try (ResultSet rs = check.executeQuery()) {
                if (!rs.next() || "e".equals(rs.getString(1))) {
                    return;
                }
            }
        }
        boolean autoCommit = ownConnection.getAutoCommit();
        ownConnection.setAutoCommit(false);
        try (Statement alter = ownConnection.createStatement()) {
            alter.execute("SET LOCAL lock_timeout = '" + ALTER_LOCK_TIMEOUT + "'");
            alter.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " SET STORAGE EXTERNAL");
            ownConnection.commit();
            LOG.fine(() -> "store " + store + ": column " + column + " of table " + table + " now stored EXTERNAL");
        } catch (SQLException e) {
            ownConnection.rollback();
            LOG.log(Level.INFO, "store {0}: table {1} is busy, its blobs stay compressed by PostgreSQL until the next deployment ({2})",
                    new Object[] {store, table, e.getMessage()});
        } finally {
            ownConnection.setAutoCommit(autoCommit);
        }
    }
}
