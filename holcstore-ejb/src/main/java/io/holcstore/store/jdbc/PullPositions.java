package io.holcstore.store.jdbc;

import io.holcstore.store.ChunkStoreException;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.dialect.ChunkSql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * The pull positions of every store of a database, in one small table of the library's own,
 * {@value #TABLE}: one row per (store table, upstream, filter), holding the upstream's {@code updated_at}
 * the pull resumes from.
 *
 * <p><b>Why a table of its own, made with {@code CREATE TABLE IF NOT EXISTS}.</b> Positions must commit with
 * the pack they follow, so they live in the store's database and are written over the connection of the
 * import's transaction. A JPA entity would have to be listed in every application's persistence unit and
 * left to its schema generation (often off in production); a column of the chunk table could not hold several
 * filters and upstreams. The store creates the table at its first use, as it brings its own table to the
 * current scheme ({@link StoreSchemaUpgrade}), in the same portable SQL on PostgreSQL and H2; one table
 * serves every store, keyed by the store's table name, so a deployment adds one table, not one per store.
 *
 * <p>Filters are kept in a canonical text form (fields sorted by name, each name and value URL-encoded, so that
 * no two filters share one), with the values as the store types them. Not thread-safe: one per call, over the
 * connection of the caller's transaction.
 */
final class PullPositions {
    /** The table's name, unquoted (PostgreSQL folds it to lower case, H2 to upper case, consistently). */
    static final String TABLE = "holcstore_pull_position";
    /** Its definition: the key columns fit PostgreSQL's index entries (at most about 2.7 kB). */
    static final String CREATE = "CREATE TABLE IF NOT EXISTS " + TABLE + " (store_table VARCHAR(128) NOT NULL,"
            + " upstream VARCHAR(1000) NOT NULL, filter_key VARCHAR(1000) NOT NULL,"
            + " upstream_updated_at TIMESTAMP WITH TIME ZONE NOT NULL,"
            + " PRIMARY KEY (store_table, upstream, filter_key))";
    private static final int MAX_FILTER_LENGTH = 1000;

    private final ChunkSql sql;
    private final Connection connection;

    PullPositions(ChunkSql sql, Connection connection) {
        this.sql = sql;
        this.connection = connection;
    }

    /** The position of the pull of {@code upstream} under {@code filter} (checked by the store), if it ever imported a pack. */
    Optional<Instant> position(String upstream, SeriesKey filter) {
        String select = "SELECT upstream_updated_at FROM " + TABLE + " WHERE store_table = ? AND upstream = ? AND filter_key = ?";
        try (PreparedStatement ps = connection.prepareStatement(select)) {
            bindKey(ps, upstream, filter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(ChunkSql.instant(rs, 1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * Where the pull of {@code upstream} under {@code filter} starts: its position; for its first pull, the newest
     * upstream stamp the store holds under the filter ({@code newestHeld}), but only while the store keeps no position
     * at all; else empty (from the beginning).
     *
     * <p>The fallback lets a mirror of an earlier version, whose imports kept the upstream's stamps (copied into
     * {@code upstream_updated_at} by the upgrade of its table), resume where it stood. Once the store keeps positions,
     * its upstream stamps may come from other upstreams or filters, and resuming a new pull from them could skip older
     * changes of this one; starting from the beginning costs a listing of what is held, which imports skip.
     */
    Optional<Instant> start(String upstream, SeriesKey filter, Supplier<Optional<Instant>> newestHeld) {
        Optional<Instant> position = position(upstream, filter);
        if (position.isPresent()) {
            return position;
        }
        return anyPosition() ? Optional.empty() : newestHeld.get();
    }

    /** Whether any pull into this store has a position. */
    private boolean anyPosition() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM " + TABLE + " WHERE store_table = ?")) {
            ps.setMaxRows(1);
            ps.setString(1, storeTable());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * Moves the position of the pull of {@code upstream} under {@code filter} to {@code at}, unless it is there or
     * further already: a position never moves backwards. Two first packs of the same pull committing at once
     * cannot both insert the row: the second fails on the primary key and its pack rolls back whole.
     */
    void advance(String upstream, SeriesKey filter, Instant at) {
        String update = "UPDATE " + TABLE + " SET upstream_updated_at = ? WHERE store_table = ? AND upstream = ? AND filter_key = ?"
                + " AND upstream_updated_at < ?";
        try (PreparedStatement ps = connection.prepareStatement(update)) {
            ps.setObject(1, ChunkSql.timestamp(at));
            bindKey(ps, 2, upstream, filter);
            ps.setObject(5, ChunkSql.timestamp(at));
            if (ps.executeUpdate() > 0 || position(upstream, filter).isPresent()) {
                return;
            }
        } catch (SQLException e) {
            throw failure("write", e);
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + TABLE
                + " (store_table, upstream, filter_key, upstream_updated_at) VALUES (?, ?, ?, ?)")) {
            bindKey(ps, 1, upstream, filter);
            ps.setObject(4, ChunkSql.timestamp(at));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    /** Creates the table if it is missing, over a connection of its own in auto-commit; see the class comment for why. */
    static void create(Connection ownConnection) throws SQLException {
        try (Statement statement = ownConnection.createStatement()) {
            statement.execute(CREATE);
        } catch (SQLException e) {
            // Two first uses at once on PostgreSQL: the slower CREATE ... IF NOT EXISTS can fail on the catalog's keys.
            if (!exists(ownConnection)) {
                throw e;
            }
        }
    }

    private static boolean exists(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1 FROM " + TABLE + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The canonical text of a filter: {@code name=value} pairs sorted by name and joined by {@code &}, each part
     * URL-encoded; empty for the empty filter.
     */
    static String filterKey(SeriesKey filter) {
        StringJoiner text = new StringJoiner("&");
        for (Map.Entry<String, Object> field : filter.fields().entrySet()) {
            text.add(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(String.valueOf(field.getValue()), StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    private void bindKey(PreparedStatement ps, String upstream, SeriesKey filter) throws SQLException {
        bindKey(ps, 1, upstream, filter);
    }

    private void bindKey(PreparedStatement ps, int p, String upstream, SeriesKey filter) throws SQLException {
        String key = filterKey(filter);
        if (key.length() > MAX_FILTER_LENGTH) {
            throw new InvalidArgumentException("filter", "is too long to keep a pull position: at most " + MAX_FILTER_LENGTH
                    + " characters of canonical text, " + filter + " has " + key.length());
        }
        ps.setString(p, storeTable());
        ps.setString(p + 1, upstream);
        ps.setString(p + 2, key);
    }

    /** The store's table name as the key of its positions: lower case, as the database folds an unquoted name. */
    private String storeTable() {
        return sql.table().toLowerCase(Locale.ROOT);
    }

    private ChunkStoreException failure(String action, SQLException e) {
        return new ChunkStoreException("could not " + action + " the pull positions of store " + sql.store() + " in table " + TABLE
                + ": " + e.getMessage(), e);
    }
}
