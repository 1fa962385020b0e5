package io.holcstore.store.dialect.h2;

import io.holcstore.store.SeriesKey;
import io.holcstore.store.UnsupportedIsolationException;
import io.holcstore.store.dialect.ChunkSql;
import io.holcstore.store.dialect.DialectGuarantees;
import io.holcstore.store.dialect.PortableDialect;
import io.holcstore.store.dialect.RowSink;
import io.holcstore.store.dialect.SeriesBuckets;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * The H2 dialect: the portable SQL, plus series locks as rows of {@link SeriesLockTable} and a listing that waits
 * for every write stamped before its horizon (see the package documentation). Thread-safe.
 */
final class H2Dialect extends PortableDialect {
    private final SeriesLockTable locks;

    H2Dialect(ChunkSql sql) {
        super(sql);
        this.locks = new SeriesLockTable(sql.table(), sql.store());
    }

    @Override
    public DialectGuarantees guarantees() {
        return DialectGuarantees.ALL;
    }

    /** Creates the lock rows of this table; without them the store cannot keep its guarantees, so a failure fails it. */
    @Override
    public void prepareTable(Connection ownConnection) throws SQLException {
        locks.create(ownConnection);
    }

    /** Locks the series' bucket rows, then reads the stamp from the JVM's clock. */
    @Override
    public Instant lockSeries(Connection connection, Collection<SeriesKey> keys) throws SQLException {
        requireReadCommittedOnly(connection);
        locks.lock(connection, SeriesBuckets.of(keys, SeriesLockTable.BUCKETS));
        return StampClock.now();
    }

    @Override
    public Instant lockAllSeries(Connection connection) throws SQLException {
        requireReadCommittedOnly(connection);
        locks.lock(connection, SeriesLockTable.allBuckets());
        return StampClock.now();
    }

    /** The clock read first, then every bucket row locked: each write stamped before the horizon has ended by then. */
    @Override
    public Optional<Instant> updatesHorizon(Connection connection) throws SQLException {
        requireReadCommittedOnly(connection);
        Instant horizon = StampClock.now();
        locks.lock(connection, SeriesLockTable.allBuckets());
        return Optional.of(horizon);
    }

    /** JDBC batches of INSERTs: H2 has no faster bulk path over JDBC. */
    @Override
    public RowSink openRowSink(Connection connection) throws SQLException {
        reportInsertPath("batched INSERTs");
        return batchInserts(connection);
    }

    /** Refuses every level but READ COMMITTED, READ UNCOMMITTED included (see the package documentation). */
    private void requireReadCommittedOnly(Connection connection) throws SQLException {
        int level = connection.getTransactionIsolation();
        if (level != Connection.TRANSACTION_READ_COMMITTED) {
            throw new UnsupportedIsolationException(sql.store(), isolationName(level));
        }
    }

    private static String isolationName(int level) {
        return switch (level) {
            case Connection.TRANSACTION_READ_UNCOMMITTED -> "read uncommitted";
            case Connection.TRANSACTION_REPEATABLE_READ -> "repeatable read";
            case Connection.TRANSACTION_SERIALIZABLE -> "serializable";
            case 6 -> "snapshot"; // H2's own constant
            default -> "isolation level " + level;
        };
    }
}
