package io.holcstore.store.jdbc;

import io.holcstore.mapping.OwnConnections;
import io.holcstore.mapping.StoreAttachments;
import io.holcstore.mapping.TimeseriesRecordMapping;
import io.holcstore.store.ChunkStoreException;
import io.holcstore.store.dialect.BlobTableDialect;
import io.holcstore.store.dialect.BlobTableDialectProvider;
import io.holcstore.store.dialect.PortableBlobTableDialect;
import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The dialect of each store of whole series: chosen on the store's first use and kept for the life of its persistence
 * unit, its table prepared then, on a connection of its own (the caller's transaction never holds what preparing locks).
 */
final class TimeseriesDialects {

    private TimeseriesDialects() {
    }

    /** The dialect of the store, chosen and its table prepared at the first call for it. */
    static BlobTableDialect of(EntityManager em, TimeseriesRecordMapping mapping, Connection connection) {
        return StoreAttachments.of(em, mapping.entity()).computeIfAbsent(BlobTableDialect.class, () -> {
            BlobTableDialect dialect = choose(connection, mapping);
            try {
                OwnConnections.of(em, mapping.name()).run(dialect::prepareTable);
            } catch (SQLException e) {
                throw new ChunkStoreException("could not prepare table " + mapping.table() + " of store " + mapping.name()
                        + ": " + e.getMessage(), e);
            }
            return dialect;
        });
    }

    private static BlobTableDialect choose(Connection connection, TimeseriesRecordMapping mapping) {
        for (BlobTableDialectProvider provider : ServiceLoader.load(BlobTableDialectProvider.class,
                BlobTableDialectProvider.class.getClassLoader())) {
            try {
                Optional<BlobTableDialect> dialect = provider.dialectFor(connection, mapping.table(), mapping.dataColumn(),
                        mapping.name());
                if (dialect.isPresent()) {
                    return dialect.get();
                }
            } catch (SQLException e) {
                throw new ChunkStoreException("could not inspect the database of store " + mapping.name() + ": "
                        + e.getMessage(), e);
            }
        }
        return PortableBlobTableDialect.INSTANCE;
    }
}
