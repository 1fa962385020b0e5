package io.holcstore.store.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Makes the {@link LoadCurveDialect} of a load-curve store for one kind of database; found with
 * {@link java.util.ServiceLoader}, as {@link DialectProvider} is for chunk stores. A store whose database no provider
 * takes uses {@link PortableLoadCurveDialect}.
 */
public interface LoadCurveDialectProvider {
    /**
     * The dialect of the store named {@code store} (in messages) over {@code table}, whose blobs are in column
     * {@code dataColumn}, if {@code connection} leads to this provider's kind of database; empty otherwise.
     */
    Optional<LoadCurveDialect> dialectFor(Connection connection, String table, String dataColumn, String store) throws SQLException;
}
