package io.holcstore.store.dialect.postgres;

import io.holcstore.store.SeriesKey;
import io.holcstore.store.dialect.PortableLoadCurveDialect;
import io.holcstore.store.dialect.SeriesBuckets;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The load-curve dialect of PostgreSQL: writers of one curve serialise on a transaction-scoped advisory lock
 * ({@code pg_advisory_xact_lock(table space, bucket)}), which needs no row, so it also serialises the writers of a
 * curve's first version; PostgreSQL releases it when the transaction ends, however it ends. Curves are hashed into
 * {@value #LOCK_BUCKETS} buckets per table, so that a write of many curves takes a bounded number of locks (one per
 * curve made a large setManyTs of the chunk store exhaust the server's lock table); buckets are locked in ascending
 * order, in one statement, so writers cannot deadlock. The table's data column is stored EXTERNAL and its blobs are
 * read in binary, as the chunk store's. Thread-safe.
 */
final class PostgresLoadCurveDialect extends PortableLoadCurveDialect {

    /** Buckets per table: writers of two given curves wait for each other needlessly one time in this many. */
    static final int LOCK_BUCKETS = 256;

    /** The first key of the table's two-key advisory locks, from its name, so that tables do not share buckets. */
    private final int lockSpace;
    private final String table;
    private final String dataColumn;

    PostgresLoadCurveDialect(String table, String dataColumn, String store) {
        super(store);
        this.table = table;
        this.dataColumn = dataColumn;
        // "loadcurve:" keeps this table's space apart from any chunk table's, whose space hashes the bare name.
        this.lockSpace = (int) UUID.nameUUIDFromBytes(("loadcurve:" + table.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits();
    }

    /**
     * Stores the data column EXTERNAL ({@link ExternalBlobs}): curve blobs are LZ4 already. When the catalog cannot be
     * read the store goes on without it (logged): the writer locks do not depend on it.
     */
    @Override
    public void prepare(Connection ownConnection) {
        ExternalBlobs.storeOrWarn(ownConnection, table, dataColumn, store);
    }

    /** Binary bytea from the first run: pgjdbc otherwise sends hex text for a statement's first five runs. */
    @Override
    public void preferBinary(PreparedStatement statement) throws SQLException {
        PostgresBinary.preferBinary(statement);
    }

    @Override
    public void lockWriters(Connection connection, Collection<SeriesKey> curves) throws SQLException {
        requireReadCommitted(connection);
        Integer[] buckets = IntStream.of(SeriesBuckets.of(curves, LOCK_BUCKETS)).boxed().toArray(Integer[]::new);
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(pg_advisory_xact_lock(?, bucket)::text)"
                + " FROM unnest(?::integer[]) AS b(bucket)")) {
            ps.setInt(1, lockSpace);
            ps.setArray(2, connection.createArrayOf("integer", buckets)); // ascending: SeriesBuckets sorts them
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
    }
}
