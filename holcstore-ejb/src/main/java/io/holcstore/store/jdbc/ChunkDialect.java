package io.holcstore.store.jdbc;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.SeriesKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * What the chunk table access does differently on one kind of database. One instance serves one store
 * for the life of its persistence unit ({@link DialectProvider} makes it), so it is thread-safe and
 * keeps no per-transaction state; every method but {@link #prepareTable} works on the connection of
 * the caller's transaction. {@link PortableDialect} holds the SQL every supported database accepts.
 */
public interface ChunkDialect {
    /**
     * Once per store, on a connection of its own outside any caller transaction (so that it never makes
     * a caller hold table locks): adjusts the table for this database. Failing to is not an error; the
     * dialect logs why and the store works without it.
     */
    void prepareTable(Connection ownConnection) throws SQLException;

    /**
     * Serialises the writers of these series (writes, deletes, imports) until the caller's transaction
     * ends, without deadlocks between calls that each lock once; refuses, before anything is written, an
     * isolation level under which a writer would not see what the one before it committed.
     *
     * @throws io.holcstore.store.UnsupportedIsolationException naming the transaction's isolation level
     */
    void lockSeries(Connection connection, Collection<SeriesKey> keys) throws SQLException;

    /** {@link #lockSeries} for every series of the store, present or future: for deletes by filter. */
    void lockAllSeries(Connection connection) throws SQLException;

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
