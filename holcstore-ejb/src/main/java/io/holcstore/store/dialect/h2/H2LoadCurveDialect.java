package io.holcstore.store.dialect.h2;

import io.holcstore.store.SeriesKey;
import io.holcstore.store.dialect.PortableLoadCurveDialect;
import io.holcstore.store.dialect.SeriesBuckets;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/**
 * The load-curve dialect of H2: writers of one curve serialise on a row of {@link SeriesLockTable} (the rows the
 * chunk stores lock in place of PostgreSQL's advisory locks), one per (load-curve table, hash bucket of the curve),
 * locked with {@code SELECT ... FOR UPDATE} in ascending order and released by H2 when the transaction ends.
 * Thread-safe.
 */
final class H2LoadCurveDialect extends PortableLoadCurveDialect {
    private final SeriesLockTable locks;

    H2LoadCurveDialect(String table, String store) {
        super(store);
        this.locks = new SeriesLockTable(table, store);
    }

    /** Creates this table's lock rows; without them writers cannot serialise, so a failure fails the store. */
    @Override
    public void prepare(Connection ownConnection) throws SQLException {
        locks.create(ownConnection);
    }

    @Override
    public void lockWriters(Connection connection, Collection<SeriesKey> curves) throws SQLException {
        requireReadCommitted(connection);
        locks.lock(connection, SeriesBuckets.of(curves, SeriesLockTable.BUCKETS));
    }
}
