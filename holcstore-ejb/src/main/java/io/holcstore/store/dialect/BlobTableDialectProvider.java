package io.holcstore.store.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Makes the {@link BlobTableDialect} of a store of whole series for one kind of database; found with
 * {@link java.util.ServiceLoader}, as {@link DialectProvider} is for chunk stores. A store whose database no provider
 * takes uses {@link PortableBlobTableDialect}.
 */
public interface BlobTableDialectProvider {
    /**
     * The dialect of the store named {@code store} (in messages) whose {@code table} keeps its blobs in
     * {@code dataColumn}, if {@code connection} leads to this provider's kind of database; empty otherwise.
     */
    Optional<BlobTableDialect> dialectFor(Connection connection, String table, String dataColumn, String store)
            throws SQLException;
}
