package io.holcstore.mapping;

import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import org.eclipse.persistence.sessions.ExternalTransactionController;
import org.eclipse.persistence.transaction.JTATransactionController;

import java.sql.SQLException;

/**
 * Steps out of the calling thread's JTA transaction for a while. A class of its own so that the JTA API
 * is loaded only where a container provides it: a Java SE application (resource-local persistence unit,
 * no {@code jakarta.transaction} on its class path) never loads this class.
 */
final class JtaSuspension {
    private JtaSuspension() {
    }

    /** Work that may fail with an {@link SQLException}. */
    @FunctionalInterface
    interface SqlWork {
        void run() throws SQLException;
    }

    /**
     * Runs {@code work} with the thread's transaction of {@code controller} suspended, then resumes it;
     * runs it as is when the controller gives no transaction manager to suspend with.
     */
    static void around(ExternalTransactionController controller, String store, SqlWork work) throws SQLException {
        TransactionManager manager = controller instanceof JTATransactionController jta ? jta.getTransactionManager() : null;
        Transaction suspended = null;
        if (manager != null) {
            try {
                suspended = manager.suspend();
            } catch (SystemException e) {
                throw new SQLException("could not suspend the caller's transaction for store " + store, e);
            }
        }
        try {
            work.run();
        } finally {
            if (suspended != null) {
                try {
                    manager.resume(suspended);
                } catch (InvalidTransactionException | SystemException e) {
                    throw new SQLException("could not resume the caller's transaction for store " + store, e);
                }
            }
        }
    }
}
