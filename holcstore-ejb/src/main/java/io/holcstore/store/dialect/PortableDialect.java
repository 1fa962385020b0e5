package io.holcstore.store.dialect;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.UnsupportedIsolationException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * The SQL every supported database accepts (PostgreSQL and H2, the example's embedded default): no
 * table preparation, no series locks (row locks only), stamps from the JVM's clock, lookups as OR-ed key conditions in groups of
 * {@link ChunkSql#BATCH}, inserts in JDBC batches. It {@linkplain #guarantees guarantees} nothing, so a store on a
 * database no {@link DialectProvider} takes works for plain stores only; database dialects extend it where they have
 * better.
 */
public class PortableDialect implements ChunkDialect {
    private static final Logger LOG = Logger.getLogger(PortableDialect.class.getName());

    protected final ChunkSql sql;
    private final AtomicBoolean insertPathReported = new AtomicBoolean();

    public PortableDialect(ChunkSql sql) {
        this.sql = sql;
    }

    /** Neither series locks nor a lossless listing: sync stores are refused on it. */
    @Override
    public DialectGuarantees guarantees() {
        return DialectGuarantees.NONE;
    }

    @Override
    public void prepareTable(Connection ownConnection) throws SQLException {
        // nothing portable to adjust
    }

    /**
     * No lock portable SQL can take for rows that do not exist yet; checks the isolation level only. The stamp
     * is the JVM's clock: without a portable way to see the writes in flight, a listing is lossless for one
     * writer at a time only, which is why sync stores are refused on this dialect.
     */
    @Override
    public Instant lockSeries(Connection connection, Collection<SeriesKey> keys) throws SQLException {
        requireReadCommitted(connection);
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public Instant lockAllSeries(Connection connection) throws SQLException {
        return lockSeries(connection, List.of());
    }

    /** Nothing portable tells which writes are in flight: listings go to the newest row. */
    @Override
    public Optional<Instant> updatesHorizon(Connection connection) throws SQLException {
        requireReadCommitted(connection);
        return Optional.empty();
    }

    /** Refuses a stricter level than READ COMMITTED (see {@link ChunkDialect#lockSeries}). */
    private void requireReadCommitted(Connection connection) throws SQLException {
        int level = connection.getTransactionIsolation();
        if (level > Connection.TRANSACTION_READ_COMMITTED) {
            throw new UnsupportedIsolationException(sql.store(), level == Connection.TRANSACTION_SERIALIZABLE
                    ? "serializable" : "repeatable read");
        }
    }

    @Override
    public void planEachLookup(Connection connection) throws SQLException {
        // the driver's default planning
    }

    @Override
    public void preferBinary(PreparedStatement statement) throws SQLException {
        // the driver's default format
    }

    @Override
    public List<ChunkRow> fetch(Connection connection, List<ChunkRef> refs, RowLookup lookup) throws SQLException {
        List<ChunkRow> rows = new ArrayList<>();
        for (int from = 0; from < refs.size(); from += ChunkSql.BATCH) {
            List<ChunkRef> group = refs.subList(from, Math.min(refs.size(), from + ChunkSql.BATCH));
            StringJoiner any = new StringJoiner(" OR ");
            group.forEach(r -> any.add("(" + sql.keyCondition(r.key()) + " AND " + sql.columns().chunkIndex() + " = ?)"));
            try (PreparedStatement ps = connection.prepareStatement(sql.rowSelect(lookup) + " FROM " + sql.table()
                    + " WHERE " + any + (lookup.locks() ? " FOR UPDATE" : ""))) {
                if (lookup.readsData()) {
                    preferBinary(ps);
                }
                int p = 1;
                for (ChunkRef r : group) {
                    p = sql.bindKey(ps, p, r.key());
                    ps.setInt(p++, r.chunkIndex());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(sql.readRow(rs));
                    }
                }
            }
        }
        return rows;
    }

    @Override
    public RowSink openRowSink(Connection connection) throws SQLException {
        reportInsertPath("batched INSERTs (no dialect of its own for this database)");
        return batchInserts(connection);
    }

    /** The portable sink: JDBC batches of INSERTs. */
    protected final RowSink batchInserts(Connection connection) throws SQLException {
        return new BatchInsertSink(connection, sql);
    }

    /** Logs, once per store, how its rows are inserted: a deployment shows whether the fast path is in use. */
    protected final void reportInsertPath(String how) {
        if (insertPathReported.compareAndSet(false, true)) {
            LOG.info(() -> "store " + sql.store() + " (table " + sql.table() + ") inserts rows by " + how);
        }
    }
}
