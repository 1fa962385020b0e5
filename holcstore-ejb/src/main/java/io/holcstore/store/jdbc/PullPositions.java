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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * The pull positions of every store of a database, in one small table of the library's own,
 * {@value #TABLE}: one row per (store table, upstream, filter), holding the upstream's {@code updated_at}
 * the pull resumes from, and one lock row per store (empty upstream and filter), which serialises the first
 * packs of pulls that would insert the same position.
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
    private static final String CREATE = "CREATE TABLE IF NOT EXISTS " + TABLE + " (store_table VARCHAR(128) NOT NULL,"
            + " upstream VARCHAR(1000) NOT NULL, filter_key VARCHAR(1000) NOT NULL,"
            + " upstream_updated_at TIMESTAMP WITH TIME ZONE NOT NULL,"
            + " PRIMARY KEY (store_table, upstream, filter_key))";
    /** The upstream and filter of a store's lock row: no upstream is empty. */
    private static final String LOCK_ROW = "";
    /** The condition picking one row by its key: store table, upstream, filter. */
    private static final String KEY_IS = " WHERE store_table = ? AND upstream = ? AND filter_key = ?";
    private static final int MAX_FILTER_LENGTH = 1000;

    private final ChunkSql sql;
    private final Connection connection;

    PullPositions(ChunkSql sql, Connection connection) {
        this.sql = sql;
        this.connection = connection;
    }

    /** The position of the pull of {@code upstream} under {@code filter} (checked by the store), if it ever imported a pack. */
    Optional<Instant> position(String upstream, SeriesKey filter) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT upstream_updated_at FROM " + TABLE + KEY_IS)) {
            bindKey(ps, 1, storeTable(), upstream, filterKey(filter));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(ChunkSql.instant(rs, 1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * Where the pull of {@code upstream} under {@code filter} starts: its position; for its first pull, the newest
     * upstream stamp the store holds under the filter ({@code newestHeld}) where that is safe; else empty (from the
     * beginning).
     *
     * <p>That fallback lets a mirror of an earlier version, whose imports kept the upstream's stamps (copied into
     * {@code upstream_updated_at} by the upgrade of its table), resume where it stood; and a narrower pull after a
     * wider one of the same upstream start where the wider one stands. It is safe only while every position the store
     * keeps is of this upstream under a filter at least as wide: then every upstream change under the filter older
     * than the newest one held was imported. A position of another upstream, or of a narrower or crossing filter, may
     * have brought newer chunks under this filter while older ones of this pull are still missing; starting from the
     * beginning then costs a listing of what is held, which the imports skip.
     */
    Optional<Instant> start(String upstream, SeriesKey filter, Supplier<Optional<Instant>> newestHeld) {
        Optional<Instant> position = position(upstream, filter);
        if (position.isPresent()) {
            return position;
        }
        List<String> wanted = Arrays.asList(filterKey(filter).split("&"));
        String select = "SELECT upstream, filter_key FROM " + TABLE + " WHERE store_table = ? AND upstream <> ?";
        try (PreparedStatement ps = connection.prepareStatement(select)) {
            ps.setString(1, storeTable());
            ps.setString(2, LOCK_ROW);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String kept = rs.getString(2);
                    if (!rs.getString(1).equals(upstream) || !kept.isEmpty() && !wanted.containsAll(Arrays.asList(kept.split("&")))) {
                        return Optional.empty();
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        return newestHeld.get();
    }

    /**
     * Moves the position of the pull of {@code upstream} under {@code filter} to {@code at}, unless it is there or
     * further already: a position never moves backwards. A pull's first position is inserted under the store's lock
     * row, so that two first packs of the same pull committing at once (a timer's and a manual pull) both succeed.
     */
    void advance(String upstream, SeriesKey filter, Instant at) {
        String key = filterKey(filter);
        try {
            if (moveForward(upstream, key, at) || position(upstream, filter).isPresent()) {
                return;
            }
            lockStore();
            if (moveForward(upstream, key, at) || position(upstream, filter).isPresent()) {
                return; // inserted by a pull that held the lock row before
            }
            insert(connection, storeTable(), upstream, key, at);
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    /** Moves an existing position forward to {@code at}; false if there is none behind it. */
    private boolean moveForward(String upstream, String key, Instant at) throws SQLException {
        String update = "UPDATE " + TABLE + " SET upstream_updated_at = ?" + KEY_IS + " AND upstream_updated_at < ?";
        try (PreparedStatement ps = connection.prepareStatement(update)) {
            ps.setObject(1, ChunkSql.timestamp(at));
            bindKey(ps, 2, storeTable(), upstream, key);
            ps.setObject(5, ChunkSql.timestamp(at));
            return ps.executeUpdate() > 0;
        }
    }

    /** Locks the store's lock row until the transaction ends, inserting it if it went missing. */
    private void lockStore() throws SQLException {
        if (!findLockRow(connection, storeTable(), true)) {
            insertLockRow(connection, storeTable());
        }
    }

    /**
     * Creates the table if it is missing, and the store's lock row, over a connection of its own in auto-commit; see
     * the class comment for why.
     */
    static void create(Connection ownConnection, ChunkSql sql) throws SQLException {
        try (Statement statement = ownConnection.createStatement()) {
            statement.execute(CREATE);
        } catch (SQLException e) {
            // Two first uses at once on PostgreSQL: the slower CREATE ... IF NOT EXISTS can fail on the catalog's keys.
            if (!exists(ownConnection)) {
                throw e;
            }
        }
        String table = sql.table().toLowerCase(Locale.ROOT);
        if (!findLockRow(ownConnection, table, false)) {
            try {
                insertLockRow(ownConnection, table);
            } catch (SQLException e) {
                if (!findLockRow(ownConnection, table, false)) { // else another first use inserted it meanwhile
                    throw e;
                }
            }
        }
    }

    /** Whether the store's lock row exists; found with {@code lock}, it stays locked until the transaction ends. */
    private static boolean findLockRow(Connection connection, String storeTable, boolean lock) throws SQLException {
        String select = "SELECT 1 FROM " + TABLE + KEY_IS + (lock ? " FOR UPDATE" : "");
        try (PreparedStatement ps = connection.prepareStatement(select)) {
            bindKey(ps, 1, storeTable, LOCK_ROW, LOCK_ROW);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insertLockRow(Connection connection, String storeTable) throws SQLException {
        insert(connection, storeTable, LOCK_ROW, LOCK_ROW, Instant.EPOCH);
    }

    private static void insert(Connection connection, String storeTable, String upstream, String filterKey, Instant at)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + TABLE
                + " (store_table, upstream, filter_key, upstream_updated_at) VALUES (?, ?, ?, ?)")) {
            bindKey(ps, 1, storeTable, upstream, filterKey);
            ps.setObject(4, ChunkSql.timestamp(at));
            ps.executeUpdate();
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
    private static String filterKey(SeriesKey filter) {
        StringJoiner text = new StringJoiner("&");
        for (Map.Entry<String, Object> field : filter.fields().entrySet()) {
            text.add(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(String.valueOf(field.getValue()), StandardCharsets.UTF_8));
        }
        if (text.length() > MAX_FILTER_LENGTH) {
            throw new InvalidArgumentException("filter", "is too long to keep a pull position: at most " + MAX_FILTER_LENGTH
                    + " characters of canonical text, " + filter + " has " + text.length());
        }
        return text.toString();
    }

    /** Binds a row's key, from parameter {@code p} on. */
    private static void bindKey(PreparedStatement ps, int p, String storeTable, String upstream, String filterKey)
            throws SQLException {
        ps.setString(p, storeTable);
        ps.setString(p + 1, upstream);
        ps.setString(p + 2, filterKey);
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
