package io.holcstore.store.dialect;

import io.holcstore.store.SeriesKey;
import io.holcstore.store.UnsupportedIsolationException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * The load-curve dialect of a database HoLcStore has no dialect for: it checks the isolation level but takes no
 * lock (portable SQL has none for rows that do not exist yet), so two concurrent writers of one new version fail on
 * the table's unique constraint instead of waiting for each other; it says so once per store. Database dialects
 * extend it.
 */
public class PortableLoadCurveDialect implements LoadCurveDialect {
    private static final Logger LOG = Logger.getLogger(PortableLoadCurveDialect.class.getName());

    protected final String store;
    private final AtomicBoolean warned = new AtomicBoolean();

    public PortableLoadCurveDialect(String store) {
        this.store = store;
    }

    @Override
    public void prepare(Connection ownConnection) throws SQLException {
        // nothing portable to make
    }

    @Override
    public void lockWriters(Connection connection, Collection<SeriesKey> curves) throws SQLException {
        requireReadCommitted(connection);
        if (warned.compareAndSet(false, true)) {
            LOG.warning(() -> "load-curve store " + store + " runs on a database HoLcStore has no dialect for: concurrent writers "
                    + "of one curve are not serialised, so one of two creating the same version fails on the unique constraint");
        }
    }

    @Override
    public void preferBinary(PreparedStatement statement) throws SQLException {
        // the driver's default format
    }

    /** Refuses a stricter level than READ COMMITTED: its snapshot could predate the version the writer before committed. */
    protected final void requireReadCommitted(Connection connection) throws SQLException {
        int level = connection.getTransactionIsolation();
        if (level > Connection.TRANSACTION_READ_COMMITTED) {
            throw new UnsupportedIsolationException(store, switch (level) {
                case Connection.TRANSACTION_REPEATABLE_READ -> "repeatable read";
                case Connection.TRANSACTION_SERIALIZABLE -> "serializable";
                default -> "isolation level " + level;
            });
        }
    }
}
