package io.holcstore.store.dialect.postgres;

import io.holcstore.store.dialect.BlobTableDialect;
import io.holcstore.store.dialect.BlobTableDialectProvider;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** Gives stores of whole series on PostgreSQL their {@link PostgresBlobTableDialect}; found by {@link java.util.ServiceLoader}. */
public final class PostgresBlobTableDialectProvider implements BlobTableDialectProvider {

    @Override
    public Optional<BlobTableDialect> dialectFor(Connection connection, String table, String dataColumn, String store)
            throws SQLException {
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql")) {
            return Optional.empty();
        }
        return Optional.of(new PostgresBlobTableDialect(table, dataColumn, store));
    }
}
