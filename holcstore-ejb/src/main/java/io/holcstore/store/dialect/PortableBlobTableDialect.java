package io.holcstore.store.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;

/**
 * Standard SQL only: the table as created, blobs read as the driver reads them, and a first insert that may fail on
 * the unique constraint (H2 then rolls back only that statement, and the store catches the violation).
 */
public final class PortableBlobTableDialect implements BlobTableDialect {
    public static final PortableBlobTableDialect INSTANCE = new PortableBlobTableDialect();

    private PortableBlobTableDialect() {
    }

    @Override
    public void prepareTable(Connection ownConnection) {
        // Nothing to adjust in standard SQL.
    }

    @Override
    public void preferBinary(PreparedStatement statement) {
        // Drivers other than PostgreSQL's read blobs as they are.
    }

    @Override
    public String insertSkippingConflicts() {
        return "";
    }
}
