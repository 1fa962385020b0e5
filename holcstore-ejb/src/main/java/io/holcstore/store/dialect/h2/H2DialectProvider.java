package io.holcstore.store.dialect.h2;

import io.holcstore.store.dialect.ChunkDialect;
import io.holcstore.store.dialect.ChunkSql;
import io.holcstore.store.dialect.DialectProvider;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Gives stores on H2 their {@link H2Dialect}; found by {@link java.util.ServiceLoader}. */
public final class H2DialectProvider implements DialectProvider {

    @Override
    public Optional<ChunkDialect> dialectFor(Connection connection, ChunkSql sql) throws SQLException {
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return Optional.empty();
        }
        return Optional.of(new H2Dialect(sql));
    }
}
