package io.holcstore.store.dialect;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.SeriesKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the chunk table access does differently on one kind of database. One instance serves one store
 * for the life of its persistence unit ({@link DialectProvider} makes it), so it is thread-safe and
 * keeps no per-transaction state in the JVM; every method but {@link #prepareTable} works on the connection of
 * the caller's transaction. {@link PortableDialect} holds the SQL every supported database accepts.
 */
public interface ChunkDialect {
    /** What this dialect guarantees on its database; a sync store needs {@link DialectGuarantees#servesSync both}. */
    DialectGuarantees guarantees();

    /**
     * Once per store, on a connection of its own outside any caller transaction (so that it never makes
     * a caller hold table locks): adjusts the table for this database, and makes what the dialect's
     * {@link #guarantees} rely on. An adjustment for speed that fails is logged and skipped.
     *
     * @throws SQLException when what the guarantees rely on cannot be made: the store then fails its first use
     */
    void prepareTable(Connection ownConnection) throws SQLException;

    /**
     * Serialises the writers of these series (writes, deletes, imports) until the caller's transaction
     * ends, without deadlocks between calls that each lock once; refuses, before anything is written, an
     * isolation level under which a writer would not see what the one before it committed. Then stamps the
     * call, so that {@link #updatesHorizon} can hold listings back until the transaction ends: a dialect that
     * {@linkplain DialectGuarantees#losslessListing guarantees a lossless listing} keeps what it records for that
     * bounded per transaction, however many calls it makes (one mark per transaction and table on PostgreSQL).
     *
     * @return the instant the call's writes carry as {@code updated_at}, read once the locks are held
     * @throws io.holcstore.store.UnsupportedIsolationException naming the transaction's isolation level
     */
    Instant lockSeries(Connection connection, Collection<SeriesKey> keys) throws SQLException;

    /** {@link #lockSeries} for every series of the store, present or future: for deletes by filter. */
    Instant lockAllSeries(Connection connection) throws SQLException;

    /**
     * The instant a listing of updates stops before: no write still in flight on the store, nor any write to
     * come, will carry an earlier {@code updated_at}, and every write that carries one has committed or rolled
     * back. Read before the listing's own statements (whose snapshots then see every such write); empty where the
     * database cannot tell (no {@linkplain DialectGuarantees#losslessListing lossless listing}), and a listing then
     * goes to the newest row. It may wait for the writes in flight to end (H2).
     *
     * @throws io.holcstore.store.UnsupportedIsolationException under an isolation level that would read the
     *                                                        listing from an older snapshot than this
     */
    Optional<Instant> updatesHorizon(Connection connection) throws SQLException;

    /**
     * Makes the following statements of the transaction plan for their own parameters, where a cached
     * generic plan could be much slower (key lookups into a table that was empty when planned).
     * {@link #lockSeries} does the same, so a transaction that locked need not call this.
     */
    void planEachLookup(Connection connection) throws SQLException;

    /** Asks for the statement's blobs in the cheapest transfer format from its first execution on. */
    void preferBinary(PreparedStatement statement) throws SQLException;

    /** The rows of the named chunks that are stored, in any order, selected with {@link ChunkSql#rowSelect} as {@code lookup} says. */
    List<ChunkRow> fetch(Connection connection, List<ChunkRef> refs, RowLookup lookup) throws SQLException;

    /** A sink for new rows of the table, in the fastest way this database takes them. */
    RowSink openRowSink(Connection connection) throws SQLException;
}
