package io.holcstore.mapping;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.sessions.ExternalTransactionController;
import org.eclipse.persistence.sessions.Session;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Connections of a persistence unit's data source outside the calling thread's transaction: how a store changes its
 * table, or makes what its dialect relies on, without making a caller's transaction hold locks until it commits.
 * Thread-safe.
 */
public final class OwnConnections {
    private final Session session;
    private final String store;

    private OwnConnections(Session session, String store) {
        this.session = session;
        this.store = store;
    }

    /** The own connections of the persistence unit of {@code em}, for the store named {@code store} in messages. */
    public static OwnConnections of(EntityManager em, String store) {
        return new OwnConnections(UnitSession.of(em), store);
    }

    /** Work done on a connection of its own. */
    @FunctionalInterface
    public interface ConnectionWork {
        void run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} on a new connection of the persistence unit's data source, outside any transaction of the
     * calling thread (a container transaction is suspended meanwhile and resumed after), then closes the connection.
     * The connection is in auto-commit mode; {@code work} may open a short transaction of its own.
     */
    public void run(ConnectionWork work) throws SQLException {
        ExternalTransactionController controller = session.getExternalTransactionController();
        if (controller == null) {
            runOnNewConnection(work); // no container transaction to step out of (Java SE, resource-local)
        } else {
            JtaSuspension.around(controller, store, () -> runOnNewConnection(work));
        }
    }

    private void runOnNewConnection(ConnectionWork work) throws SQLException {
        Object opened;
        try {
            opened = session.getLogin().connectToDatasource(null, session);
        } catch (DatabaseException e) {
            throw new SQLException("could not open a connection for store " + store + ": " + e.getMessage(), e);
        }
        if (!(opened instanceof Connection)) {
            throw new SQLException("the persistence unit's login of store " + store + " gave no JDBC connection");
        }
        try (Connection connection = (Connection) opened) {
            work.run(connection);
        }
    }
}
