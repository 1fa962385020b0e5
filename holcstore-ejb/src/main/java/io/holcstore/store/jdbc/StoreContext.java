package io.holcstore.store.jdbc;

import io.holcstore.mapping.InvalidStoreDefinitionException;
import io.holcstore.store.ChunkStoreException;
import io.holcstore.store.dialect.ChunkDialect;
import io.holcstore.store.dialect.DialectGuarantees;
import io.holcstore.store.dialect.DialectProvider;
import io.holcstore.store.dialect.PortableDialect;
import io.holcstore.store.dialect.ChunkSql;
import io.holcstore.mapping.IdSequence;
import io.holcstore.mapping.OwnConnections;
import io.holcstore.mapping.StoreAttachments;
import io.holcstore.mapping.StoreMapping;
import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * What the store logic keeps of one store for the life of its persistence unit: the table's SQL shape,
 * its dialect (chosen once, checked against what the store needs, with the table upgraded to the current scheme
 * and prepared then) and its key checks. Thread-safe.
 */
final class StoreContext {
    private static final Logger LOG = Logger.getLogger(StoreContext.class.getName());

    final StoreMapping mapping;
    final ChunkSql sql;
    final ChunkDialect dialect;
    final KeyValidator keys;

    private StoreContext(StoreMapping mapping, ChunkSql sql, ChunkDialect dialect) {
        this.mapping = mapping;
        this.sql = sql;
        this.dialect = dialect;
        this.keys = new KeyValidator(mapping.name(), mapping.keys());
    }

    /** The context of a store, made on its first use with the caller's entity manager and connection. */
    static StoreContext of(EntityManager em, StoreMapping mapping, Connection connection) {
        return StoreAttachments.of(em, mapping.entity()).computeIfAbsent(StoreContext.class, () -> {
            ChunkSql sql = new ChunkSql(mapping, IdSequence.of(em, mapping.entity()));
            OwnConnections ownConnections = OwnConnections.of(em, mapping.name());
            StoreSchemaUpgrade.apply(mapping, sql, ownConnections); // before the dialect reads the table's columns
            return create(mapping, sql, chooseDialect(connection, sql), ownConnections);
        });
    }

    /**
     * The context of a store on {@code dialect}, its table prepared; a sync store on a dialect that cannot keep its
     * guarantees is refused, so that it never runs silently weaker than its documentation says.
     *
     * @throws InvalidStoreDefinitionException for a sync store on a database without series locks or lossless listing
     * @throws ChunkStoreException             when the dialect cannot prepare what its guarantees rely on
     */
    static StoreContext create(StoreMapping mapping, ChunkSql sql, ChunkDialect dialect, OwnConnections ownConnections) {
        DialectGuarantees guarantees = dialect.guarantees();
        if (mapping.sync() && !guarantees.servesSync()) {
            throw new InvalidStoreDefinitionException(mapping.entity(), "sync = true", "this database has no HoLcStore dialect "
                    + "that gives a sync store what it needs (" + dialect.getClass().getSimpleName() + ": series locks "
                    + (guarantees.seriesLocks() ? "yes" : "no") + ", lossless listing of updates "
                    + (guarantees.losslessListing() ? "yes" : "no") + "), so its clients could miss changes; use PostgreSQL or H2, "
                    + "or a store without sync");
        }
        if (!guarantees.seriesLocks()) {
            LOG.warning(() -> "store " + mapping.name() + " runs on a database HoLcStore has no dialect for ("
                    + dialect.getClass().getSimpleName() + "): writers of one series are not serialised, so two creating the "
                    + "same chunk at once fail on its unique constraint");
        }
        StoreContext context = new StoreContext(mapping, sql, dialect);
        context.prepareTable(ownConnections);
        return context;
    }

    /** The first dialect a {@link DialectProvider} offers for this database, else the portable one. */
    private static ChunkDialect chooseDialect(Connection connection, ChunkSql sql) {
        for (DialectProvider provider : ServiceLoader.load(DialectProvider.class, DialectProvider.class.getClassLoader())) {
            try {
                Optional<ChunkDialect> dialect = provider.dialectFor(connection, sql);
                if (dialect.isPresent()) {
                    return dialect.get();
                }
            } catch (SQLException e) {
                throw sql.failure("inspect", e);
            }
        }
        return new PortableDialect(sql);
    }

    /**
     * Lets the dialect prepare the table on a connection of its own, so that a caller's transaction never holds the
     * locks this takes (and a read-only one still works). The dialect logs and skips what only costs speed; what it
     * throws, its guarantees need, so the store's first use fails (and the next use tries again).
     */
    private void prepareTable(OwnConnections ownConnections) {
        try {
            ownConnections.run(dialect::prepareTable);
        } catch (SQLException e) {
            throw sql.failure("prepare (on a connection of its own)", e);
        }
    }
}
