package io.holcstore.store.dialect.h2;

import io.holcstore.store.dialect.LoadCurveDialect;
import io.holcstore.store.dialect.LoadCurveDialectProvider;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Gives load-curve stores on H2 their {@link H2LoadCurveDialect}; found by {@link java.util.ServiceLoader}. */
public final class H2LoadCurveDialectProvider implements LoadCurveDialectProvider {

    @Override
    public Optional<LoadCurveDialect> dialectFor(Connection connection, String table, String dataColumn, String store) throws SQLException {
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return Optional.empty();
        }
        return Optional.of(new H2LoadCurveDialect(table, store));
    }
}
