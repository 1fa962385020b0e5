package io.holcstore.bench;

import org.postgresql.PGStatement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** How every floor read prepares its SELECT, so that binary and text transfer are measured the same way. */
final class FloorSelect {
    private FloorSelect() {
    }

    /**
     * A SELECT streaming {@code rowsPerTrip} rows a round trip (a cursor: {@code connection} must not be in autocommit).
     * With {@code binary}, the statement is server-prepared from its first run, so bytea arrives as raw bytes; without,
     * it is never server-prepared, so bytea always arrives as hex text. The two use different SQL text, because pgjdbc
     * caches statements by text per connection and would reuse the binary one.
     */
    static PreparedStatement prepare(Connection connection, String sql, boolean binary, int rowsPerTrip) throws SQLException {
        PreparedStatement select = connection.prepareStatement(sql + (binary ? "" : " /* text transfer */"));
        try {
            select.setFetchSize(rowsPerTrip);
            select.unwrap(PGStatement.class).setPrepareThreshold(binary ? -1 : 0);
            return select;
        } catch (SQLException e) {
            select.close();
            throw e;
        }
    }
}
