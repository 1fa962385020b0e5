package io.holcstore.store.dialect.postgres;

import io.holcstore.mapping.KeyField;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.UnsupportedIsolationException;
import io.holcstore.store.dialect.ChunkRow;
import io.holcstore.store.dialect.ChunkSql;
import io.holcstore.store.dialect.DialectGuarantees;
import io.holcstore.store.dialect.PortableDialect;
import io.holcstore.store.dialect.RowLookup;
import io.holcstore.store.dialect.RowSink;
import io.holcstore.store.dialect.SeriesBuckets;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The PostgreSQL dialect: series locks as advisory locks on hash buckets, stamps from the database's clock
 * with sync writes in flight marked for listings ({@link InFlightWrites}), custom plans for key lookups,
 * lookups of many chunks as one join with arrays, blobs read in binary, inserts by binary COPY, and
 * blobs stored without PostgreSQL's own compression.
 */
final class PostgresDialect extends PortableDialect {

    /**
     * Advisory lock buckets per table. Writers of series that share a bucket wait for each other
     * needlessly (1 chance in 256 for two given series); in exchange a call locks at most this many,
     * however many series it writes: one lock per series made a setManyTs of 20 000 series exhaust the
     * server's shared lock table ("out of shared memory", max_locks_per_transaction = 64 by default) for
     * every session.
     */
    static final int LOCK_BUCKETS = 256;
    /** The longest a first use waits to change the table's storage: a waiting ALTER makes later lockers queue behind it. */
    /** {@code SET LOCAL plan_cache_mode = force_custom_plan} as an expression, to share a round trip. */
    private static final String CUSTOM_PLANS = "set_config('plan_cache_mode', 'force_custom_plan', true)";
    /**
     * The levels writes and listings accept: READ COMMITTED, and READ UNCOMMITTED, which PostgreSQL runs as READ
     * COMMITTED (it never reads uncommitted rows).
     */
    private static final Set<String> ACCEPTED_ISOLATION = Set.of("read committed", "read uncommitted");

    private final Map<String, String> columnTypes;
    private final InFlightWrites inFlight;
    /** The first key of the two-key advisory locks of this table, so that tables do not share buckets. */
    private final int lockSpace;

    /** @param columnTypes PostgreSQL's type name of each column of the table ({@code integer}...), by lower-case name */
    PostgresDialect(ChunkSql sql, Map<String, String> columnTypes) {
        super(sql);
        this.columnTypes = Map.copyOf(columnTypes);
        this.lockSpace = (int) UUID.nameUUIDFromBytes(sql.table().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits();
        this.inFlight = new InFlightWrites(sql.table());
    }

    /** Series locks and a lossless listing, both from advisory locks. */
    @Override
    public DialectGuarantees guarantees() {
        return DialectGuarantees.ALL;
    }

    /**
     * Stores the data column EXTERNAL ({@link ExternalBlobs}): when the table is busy, or the catalog cannot be read,
     * the store goes on without it until its next deployment: the guarantees do not depend on it.
     */
    @Override
    public void prepareTable(Connection ownConnection) {
        ExternalBlobs.storeOrWarn(ownConnection, sql.table(), sql.columns().data(), sql.store());
    }

    /**
     * Transaction-scoped advisory locks on the series' buckets, in ascending order and in one statement,
     * so that writers cannot deadlock one another; row locks alone cannot serialise two writers creating
     * the same new chunk (there is no row to lock yet, and one would fail on the unique constraint
     * instead of merging). The same round trip reads the isolation level, does what
     * {@link #planEachLookup} does, marks a sync store's write in flight and reads the stamp
     * ({@link InFlightWrites}).
     */
    @Override
    public Instant lockSeries(Connection connection, Collection<SeriesKey> keys) throws SQLException {
        return lockBuckets(connection, SeriesBuckets.of(keys, LOCK_BUCKETS));
    }

    @Override
    public Instant lockAllSeries(Connection connection) throws SQLException {
        return lockBuckets(connection, IntStream.range(0, LOCK_BUCKETS).toArray());
    }

    @Override
    public Optional<Instant> updatesHorizon(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT current_setting('transaction_isolation'), "
                + inFlight.horizonExpression())) {
            inFlight.bindHorizon(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                refuseUnlessRunAsReadCommitted(rs.getString(1));
                return Optional.of(ChunkSql.instant(rs, 2));
            }
        }
    }

    /**
     * One statement: the bucket locks, then (sync stores, first call of the transaction only) the in-flight mark,
     * then the stamp from the clock. Each step reads the row of the one before it, which makes PostgreSQL run them
     * in that order: the stamp is read once every lock is held.
     */
    private Instant lockBuckets(Connection connection, int[] sortedBuckets) throws SQLException {
        Integer[] buckets = IntStream.of(sortedBuckets).boxed().toArray(Integer[]::new);
        String locked = "locked AS MATERIALIZED (SELECT count(pg_advisory_xact_lock(?, bucket)::text) AS buckets"
                + " FROM unnest(?::integer[]) AS b(bucket))";
        String select = sql.sync()
                ? "WITH " + locked + ", " + inFlight.markCte("locked")
                        + " SELECT current_setting('transaction_isolation'), " + CUSTOM_PLANS + ", clock_timestamp() FROM marked"
                : "WITH " + locked + " SELECT current_setting('transaction_isolation'), " + CUSTOM_PLANS + ", clock_timestamp() FROM locked";
        try (PreparedStatement ps = connection.prepareStatement(select)) {
            ps.setInt(1, lockSpace);
            ps.setArray(2, connection.createArrayOf("integer", buckets));
            if (sql.sync()) {
                inFlight.bindMark(ps, 3);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                refuseUnlessRunAsReadCommitted(rs.getString(1));
                return ChunkSql.instant(rs, 3);
            }
        }
    }

    private void refuseUnlessRunAsReadCommitted(String isolation) {
        if (!ACCEPTED_ISOLATION.contains(isolation)) {
            throw new UnsupportedIsolationException(sql.store(), isolation);
        }
    }

    /**
     * {@code SET LOCAL plan_cache_mode = force_custom_plan}. Key lookups otherwise get a cached generic
     * plan after five runs, and one made while the table was still empty is a sequential scan: 240-300 ms
     * per lookup at 36 000 rows instead of 3 ms, which made replication into a growing store four times
     * slower than its floor, and filling a store series by series 1.4 times slower.
     */
    @Override
    public void planEachLookup(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT " + CUSTOM_PLANS);
        }
    }

    @Override
    public void preferBinary(PreparedStatement statement) throws SQLException {
        PostgresBinary.preferBinary(statement);
    }

    /**
     * Many chunks in one statement: the references travel as one array per column and the table is
     * joined with their {@code unnest}. Planning an OR of 128 key conditions measured 2.6 ms and running
     * it 3.6 ms, against well under a millisecond for the join: replication does two such lookups per
     * chunk page. One chunk, or keys with no safe text form, take the portable way.
     */
    @Override
    public List<ChunkRow> fetch(Connection connection, List<ChunkRef> refs, RowLookup lookup) throws SQLException {
        Object[][] arrays = refs.size() > 1 ? refsAsArrays(refs) : null;
        if (arrays == null) {
            return super.fetch(connection, refs, lookup);
        }
        List<KeyField> keys = sql.keys();
        StringJoiner unnested = new StringJoiner(", ");
        StringJoiner names = new StringJoiner(", ");
        StringJoiner on = new StringJoiner(" AND ");
        for (int k = 0; k < keys.size(); k++) {
            String column = keys.get(k).column();
            unnested.add("?::text[]");
            names.add("k" + k);
            on.add(column + " = r.k" + k + "::" + columnType(column));
        }
        unnested.add("?::integer[]");
        names.add("ci");
        on.add(sql.columns().chunkIndex() + " = r.ci");
        String select = sql.rowSelect(lookup) + " FROM " + sql.table() + " JOIN unnest(" + unnested + ") AS r(" + names + ") ON " + on
                + (lookup.locks() ? " FOR UPDATE OF " + sql.table() : "");
        List<ChunkRow> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(select)) {
            if (lookup.readsData()) {
                preferBinary(ps);
            }
            for (int k = 0; k < keys.size(); k++) {
                ps.setArray(k + 1, connection.createArrayOf("text", arrays[k]));
            }
            ps.setArray(keys.size() + 1, connection.createArrayOf("integer", arrays[keys.size()]));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(sql.readRow(rs));
                }
            }
        }
        return rows;
    }

    /**
     * The references as one array per key column (values as text, which PostgreSQL casts back to the
     * column type) plus one of chunk indexes; null when a key value or column type has no safe text form.
     */
    private Object[][] refsAsArrays(List<ChunkRef> refs) {
        List<KeyField> keys = sql.keys();
        for (KeyField key : keys) {
            if (columnType(key.column()) == null) {
                return null;
            }
        }
        Object[][] columns = new Object[keys.size() + 1][refs.size()];
        for (int i = 0; i < refs.size(); i++) {
            ChunkRef ref = refs.get(i);
            Object[] values = sql.keyColumnValues(ref.key());
            for (int k = 0; k < keys.size(); k++) {
                Object value = values[k];
                if (!(value instanceof String || value instanceof Number || value instanceof Boolean
                        || value instanceof LocalDate || value instanceof java.sql.Date)) {
                    return null;
                }
                columns[k][i] = value.toString();
            }
            columns[keys.size()][i] = ref.chunkIndex();
        }
        return columns;
    }

    private String columnType(String column) {
        return columnTypes.get(column.toLowerCase(Locale.ROOT));
    }

    /** Binary COPY when the driver allows it (see {@link PostgresCopy}), batched INSERTs otherwise; says which once per store. */
    @Override
    public RowSink openRowSink(Connection connection) throws SQLException {
        PostgresCopy copy;
        try {
            copy = PostgresCopy.forTable(connection, sql, columnTypes);
        } catch (LinkageError e) {
            reportInsertPath("batched INSERTs: the PostgreSQL driver's classes are not visible to HoLcStore (" + e + ")");
            return batchInserts(connection);
        }
        if (copy == null) {
            reportInsertPath("batched INSERTs: the connection does not unwrap to the PostgreSQL driver's, "
                    + "or a column type has no COPY encoding");
            return batchInserts(connection);
        }
        reportInsertPath("binary COPY");
        return copy;
    }
}
