package io.holcstore.store.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Makes the {@link ChunkDialect} of a store for one kind of database. Providers are found with
 * {@link java.util.ServiceLoader} (as JDBC finds its drivers), so that a database's dialect, and the
 * driver classes it may use, stay out of this package; a store whose database no provider takes uses
 * {@link PortableDialect}.
 */
public interface DialectProvider {
    /**
     * The dialect of the store whose table {@code sql} describes, if {@code connection} leads to this
     * provider's kind of database; empty otherwise. May read the catalog through the connection.
     */
    Optional<ChunkDialect> dialectFor(Connection connection, ChunkSql sql) throws SQLException;
}
