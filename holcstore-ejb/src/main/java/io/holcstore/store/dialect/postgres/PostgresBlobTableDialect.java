package io.holcstore.store.dialect.postgres;

import io.holcstore.store.dialect.BlobTableDialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The PostgreSQL dialect of a store of whole series: blobs stored without PostgreSQL's own compression
 * ({@link ExternalBlobs}), read in binary ({@link PostgresBinary}), and first inserts that skip a conflict, as a failed
 * statement would abort the whole transaction.
 */
final class PostgresBlobTableDialect implements BlobTableDialect {

    private final String table;
    private final String dataColumn;
    private final String store;

    PostgresBlobTableDialect(String table, String dataColumn, String store) {
        this.table = table;
        this.dataColumn = dataColumn;
        this.store = store;
    }

    @Override
    public void prepareTable(Connection ownConnection) {
        ExternalBlobs.storeOrWarn(ownConnection, table, dataColumn, store);
    }

    @Override
    public void preferBinary(PreparedStatement statement) throws SQLException {
        PostgresBinary.preferBinary(statement);
    }

    @Override
    public String insertSkippingConflicts() {
        return " ON CONFLICT DO NOTHING";
    }
}
