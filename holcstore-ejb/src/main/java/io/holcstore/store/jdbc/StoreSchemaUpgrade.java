package io.holcstore.store.jdbc;

import io.holcstore.mapping.OwnConnections;
import io.holcstore.mapping.StoreMapping;
import io.holcstore.store.ChunkStoreException;
import io.holcstore.store.dialect.ChunkSql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * Brings what a store uses to the current scheme at its first use, so that tables made by an earlier version keep
 * their data: adds the chunk table's {@code upstream_updated_at} column where it is missing, and creates the pull
 * positions' table ({@link PullPositions}). Runs on a connection of its own, outside the caller's transaction, so
 * that a caller never holds the table lock an {@code ALTER TABLE} takes.
 *
 * <p>The column is filled, for the rows existing then, with their {@code updated_at}: before it existed an import
 * kept the upstream's stamp there, so a mirror's first pull afterwards resumes where it stood (from the newest
 * upstream stamp it holds). The column and its values are added in one transaction; PostgreSQL and H2 accept the
 * same statements.
 *
 * <p>A table that cannot be brought to the scheme fails the store's first use with a {@link ChunkStoreException}
 * naming the table: a store writing to a table without the column would fail on every statement, or worse, half
 * work. Two servers upgrading at once are fine: the slower one finds the column there and does nothing.
 */
final class StoreSchemaUpgrade {
    private static final Logger LOG = Logger.getLogger(StoreSchemaUpgrade.class.getName());
    /**
     * The longest the upgrade waits for its statements, the table lock above all: a transaction of the caller that
     * already touched the table would otherwise make the first use wait for itself, for ever. It then fails, and the
     * next use tries again.
     */
    private static final int TIMEOUT_SECONDS = 30;

    private final StoreMapping mapping;
    private final ChunkSql sql;

    private StoreSchemaUpgrade(StoreMapping mapping, ChunkSql sql) {
        this.mapping = mapping;
        this.sql = sql;
    }

    /**
     * Upgrades the store's table and creates the positions' table where needed.
     *
     * @throws ChunkStoreException naming the table and the cause when either cannot be done
     */
    static void apply(StoreMapping mapping, ChunkSql sql, OwnConnections ownConnections) {
        StoreSchemaUpgrade upgrade = new StoreSchemaUpgrade(mapping, sql);
        try {
            ownConnections.run(upgrade::run);
        } catch (SQLException | RuntimeException e) {
            throw new ChunkStoreException("store " + mapping.name() + ": could not bring table " + mapping.table()
                    + " to the current scheme (column " + sql.columns().upstreamUpdatedAt() + ", table " + PullPositions.TABLE
                    + "); the store is not usable until it can: " + e.getMessage(), e);
        }
    }

    private void run(Connection connection) throws SQLException {
        if (!hasUpstreamColumn(connection)) {
            addUpstreamColumn(connection);
        }
        PullPositions.create(connection, sql);
    }

    private boolean hasUpstreamColumn(Connection connection) {
        try (Statement probe = connection.createStatement()) {
            probe.executeQuery("SELECT " + sql.columns().upstreamUpdatedAt() + " FROM " + sql.table() + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Adds and fills the column in one transaction; if another server did it meanwhile, nothing is left to do. */
    private void addUpstreamColumn(Connection connection) throws SQLException {
        String column = sql.columns().upstreamUpdatedAt();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            statement.execute("ALTER TABLE " + sql.table() + " ADD COLUMN " + column + " TIMESTAMP WITH TIME ZONE");
            int rows = statement.executeUpdate("UPDATE " + sql.table() + " SET " + column + " = " + sql.columns().updatedAt());
            connection.commit();
            LOG.info(() -> "store " + mapping.name() + ": table " + sql.table() + " has now column " + column
                    + ", filled with updated_at in its " + rows + " rows");
        } catch (SQLException e) {
            connection.rollback();
            if (!hasUpstreamColumn(connection)) {
                throw e;
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
