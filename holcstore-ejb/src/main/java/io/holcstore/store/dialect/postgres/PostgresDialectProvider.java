package io.holcstore.store.dialect.postgres;

import io.holcstore.store.dialect.ChunkDialect;
import io.holcstore.store.dialect.ChunkSql;
import io.holcstore.store.dialect.DialectProvider;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Gives stores on PostgreSQL their {@link PostgresDialect}; found by {@link java.util.ServiceLoader}. */
public final class PostgresDialectProvider implements DialectProvider {

    @Override
    public Optional<ChunkDialect> dialectFor(Connection connection, ChunkSql sql) throws SQLException {
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql")) {
            return Optional.empty();
        }
        return Optional.of(new PostgresDialect(sql, columnTypes(connection, sql.table())));
    }

    /**
     * PostgreSQL's type name of each column ({@code integer}, {@code character varying}...), by
     * lower-case column name; empty while the table does not exist. A catalog read, so it works in
     * read-only transactions and takes no lock on the table.
     */
    private static Map<String, String> columnTypes(Connection connection, String table) throws SQLException {
        Map<String, String> types = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT attname, format_type(atttypid, NULL) FROM pg_attribute"
                + " WHERE attrelid = to_regclass(?) AND attnum > 0 AND NOT attisdropped")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return types;
    }
}
