package io.holcstore.store.dialect;

import io.holcstore.store.SeriesKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * What the load-curve store does differently on one kind of database: preparing its table, serialising the writers of
 * one curve and the transfer format of the blobs it reads. One instance serves one store for the life of its
 * persistence unit ({@link LoadCurveDialectProvider} makes it), so it is thread-safe and keeps no per-transaction state in the JVM.
 * {@link PortableLoadCurveDialect} is the fallback.
 */
public interface LoadCurveDialect {
    /**
     * Once per store, on a connection of its own outside any caller transaction: makes what {@link #lockWriters}
     * relies on, and tunes the table for the store's blobs where the database allows (a tuning that cannot be made
     * is logged, not thrown).
     *
     * @throws SQLException when it cannot be made: the store then fails its first use
     */
    void prepare(Connection ownConnection) throws SQLException;

    /**
     * Serialises the writers of these curves until the caller's transaction ends, including curves with no row yet
     * (a row lock cannot: the first version has no row to lock), without deadlocks between calls that each lock
     * once; refuses, before anything is written, an isolation level under which a writer would not see what the one
     * before it committed (its new version would then repeat the other's).
     *
     * @param curves the curves, each identified by its store-wide key (client and prm)
     * @throws io.holcstore.store.UnsupportedIsolationException naming the transaction's isolation level
     */
    void lockWriters(Connection connection, Collection<SeriesKey> curves) throws SQLException;

    /**
     * Asks for the blobs {@code statement} reads in the cheapest transfer format from its first execution on; call
     * before executing it. Changes nothing else of the statement.
     */
    void preferBinary(PreparedStatement statement) throws SQLException;
}
