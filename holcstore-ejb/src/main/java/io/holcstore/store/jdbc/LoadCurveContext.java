package io.holcstore.store.jdbc;

import io.holcstore.mapping.KeyField;
import io.holcstore.mapping.LoadCurveColumns;
import io.holcstore.mapping.LoadCurveMapping;
import io.holcstore.mapping.OwnConnections;
import io.holcstore.mapping.StoreAttachments;
import io.holcstore.store.ChunkStoreException;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.dialect.LoadCurveDialect;
import io.holcstore.store.dialect.LoadCurveDialectProvider;
import io.holcstore.store.dialect.PortableLoadCurveDialect;
import io.holcstore.store.loadcurve.LoadCurveFields;
import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * What the load-curve store logic keeps of one store for the life of its persistence unit: its mapping, its dialect
 * (chosen once, prepared then), its attribute checks and the column of every field a read may name. Field names are
 * only ever looked up here, never passed on into SQL. Thread-safe.
 */
final class LoadCurveContext {
    final LoadCurveMapping mapping;
    final LoadCurveDialect dialect;
    final LoadCurveAttributes attributes;
    /** Column of each field a read may order or combine by, fixed fields first. */
    private final Map<String, String> columns = new LinkedHashMap<>();

    private LoadCurveContext(LoadCurveMapping mapping, LoadCurveDialect dialect) {
        this.mapping = mapping;
        this.dialect = dialect;
        this.attributes = new LoadCurveAttributes(mapping.name(), mapping.attributes());
        LoadCurveColumns c = mapping.columns();
        columns.put(LoadCurveFields.PRM, c.prm());
        columns.put(LoadCurveFields.CLIENT_ID, c.clientId());
        columns.put(LoadCurveFields.VERSION, c.version());
        columns.put(LoadCurveFields.CREATED_AT, c.createdAt());
        columns.put(LoadCurveFields.LAST_MODIFIED, c.lastModified());
        mapping.attributes().forEach(a -> columns.put(a.name(), a.column()));
    }

    /** The context of a store, made on its first use with the caller's entity manager and connection. */
    static LoadCurveContext of(EntityManager em, LoadCurveMapping mapping, Connection connection) {
        return StoreAttachments.of(em, mapping.entity()).computeIfAbsent(LoadCurveContext.class, () -> {
            LoadCurveContext context = new LoadCurveContext(mapping, chooseDialect(connection, mapping));
            try {
                // On a connection of its own: the caller's transaction never holds what preparing locks.
                OwnConnections.of(em, mapping.name()).run(context.dialect::prepare);
            } catch (SQLException e) {
                throw new ChunkStoreException("could not prepare table " + mapping.table() + " of store " + mapping.name() + ": "
                        + e.getMessage(), e);
            }
            return context;
        });
    }

    private static LoadCurveDialect chooseDialect(Connection connection, LoadCurveMapping mapping) {
        for (LoadCurveDialectProvider provider : ServiceLoader.load(LoadCurveDialectProvider.class,
                LoadCurveDialectProvider.class.getClassLoader())) {
            try {
                Optional<LoadCurveDialect> dialect = provider.dialectFor(connection, mapping.table(), mapping.columns().data(), mapping.name());
                if (dialect.isPresent()) {
                    return dialect.get();
                }
            } catch (SQLException e) {
                throw new ChunkStoreException("could not inspect the database of store " + mapping.name() + ": " + e.getMessage(), e);
            }
        }
        return new PortableLoadCurveDialect(mapping.name());
    }

    /**
     * The column of a field a read names.
     *
     * @throws InvalidKeyException naming the field if the store has no such field; {@code argument} says where it was
     */
    String column(String field, String argument) {
        String column = columns.get(field);
        if (column == null) {
            throw new InvalidKeyException(field, "store " + mapping.name() + " has no field '" + field + "' (in " + argument
                    + "); its fields are " + columns.keySet());
        }
        return column;
    }

    /**
     * Checks the fields versions are counted by: prm and attribute fields only.
     *
     * @throws InvalidKeyException naming the first field that is neither
     */
    void checkVersioningBy(Collection<String> fields) {
        for (String field : fields) {
            if (!field.equals(LoadCurveFields.PRM) && mapping.attributes().stream().noneMatch(a -> a.name().equals(field))) {
                List<String> allowed = new ArrayList<>(List.of(LoadCurveFields.PRM));
                mapping.attributes().forEach(a -> allowed.add(a.name()));
                throw new InvalidKeyException(field, "store " + mapping.name() + " cannot count versions by '" + field
                        + "'; versioningBy takes " + new TreeSet<>(allowed));
            }
        }
    }

    /** The attribute field named {@code name}; call only with names the validator accepted. */
    KeyField attribute(String name) {
        return mapping.attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
