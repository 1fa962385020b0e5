package io.holcstore.store.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * What a store of whole series ({@code TimeseriesStore}) does differently on one kind of database: how its table keeps
 * blobs, how they are read, and how a first insert meets a concurrent one. One instance serves one store for the life of
 * its persistence unit ({@link BlobTableDialectProvider} makes it), so it is thread-safe and keeps no per-transaction
 * state in the JVM. {@link PortableBlobTableDialect} is the fallback.
 */
public interface BlobTableDialect {
    /**
     * Once per store, on a connection of its own outside any caller transaction (so that it never makes a caller hold
     * table locks): adjusts the table for speed (e.g. no compression of blobs that are LZ4 already). Best effort: what
     * fails is logged and skipped, as no guarantee depends on it.
     */
    void prepareTable(Connection ownConnection);

    /** Makes a statement that reads blobs receive them in the cheapest form from its first execution on. */
    void preferBinary(PreparedStatement statement) throws SQLException;

    /**
     * What an {@code INSERT} of a new row appends so that a conflict on the unique constraint (a concurrent first
     * insert that committed meanwhile) inserts nothing instead of failing: empty where a failed statement leaves the
     * transaction usable (the store then catches the unique violation), or where the database has no such clause.
     */
    String insertSkippingConflicts();
}
