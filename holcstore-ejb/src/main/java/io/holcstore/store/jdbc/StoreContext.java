package io.holcstore.store.jdbc;

import io.holcstore.store.dialect.ChunkDialect;
import io.holcstore.store.dialect.DialectProvider;
import io.holcstore.store.dialect.PortableDialect;
import io.holcstore.store.dialect.ChunkSql;
import io.holcstore.mapping.StoreMapping;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the store logic keeps of one store for the life of its persistence unit: the table's SQL shape,
 * its dialect (chosen once, with the table upgraded to the current scheme and prepared then) and its key
 * checks. Thread-safe.
 */
final class StoreContext {
    private static final Logger LOG = Logger.getLogger(StoreContext.class.getName());

    final StoreMapping mapping;
    final ChunkSql sql;
    final ChunkDialect dialect;
    final KeyValidator keys;

    private StoreContext(StoreMapping mapping, Connection connection) {
        this.mapping = mapping;
        this.sql = new ChunkSql(mapping);
        StoreSchemaUpgrade.apply(mapping, sql); // before the dialect reads the table's columns
        this.dialect = chooseDialect(connection, sql);
        this.keys = new KeyValidator(mapping.name(), mapping.keys());
        prepareTable();
    }

    /** The context of a store, made on its first use with the caller's connection. */
    static StoreContext of(StoreMapping mapping, Connection connection) {
        return mapping.shared(StoreContext.class, () -> new StoreContext(mapping, connection));
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
     * Lets the dialect adjust the table on a connection of its own, so that a caller's transaction never
     * holds the locks this takes (and a read-only one still works). A failure costs speed, not data: it
     * is logged and the store goes on.
     */
    private void prepareTable() {
        try {
            mapping.withOwnConnection(dialect::prepareTable);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "store " + mapping.name() + ": could not prepare table " + mapping.table()
                    + " on a connection of its own; the store works without it", e);
        }
    }
}
