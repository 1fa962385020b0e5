package io.holcstore.store.dialect.postgres;

import io.holcstore.store.dialect.LoadCurveDialect;
import io.holcstore.store.dialect.LoadCurveDialectProvider;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** Gives load-curve stores on PostgreSQL their {@link PostgresLoadCurveDialect}; found by {@link java.util.ServiceLoader}. */
public final class PostgresLoadCurveDialectProvider implements LoadCurveDialectProvider {

    @Override
    public Optional<LoadCurveDialect> dialectFor(Connection connection, String table, String dataColumn, String store) throws SQLException {
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql")) {
            return Optional.empty();
        }
        return Optional.of(new PostgresLoadCurveDialect(table, dataColumn, store));
    }
}
