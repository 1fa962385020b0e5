package io.holcstore.mapping;

import jakarta.persistence.Table;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.tools.schemaframework.IndexDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Prepares every concrete {@link TimeseriesChunk} entity at deployment, before EclipseLink generates or
 * checks the schema: validates its settings and key fields, names its table after its settings
 * ({@link TableSignature}), and declares the unique constraint on (key columns sorted by name,
 * {@code chunk_index}) and the index on ({@code updated_at}, {@code id}), the order of sync pages. (On PostgreSQL the
 * store logic also stores the data column EXTERNAL, at its first use of the table, as PostgreSQL 15 cannot
 * say it in {@code CREATE TABLE}.) The unique constraint's own index serves
 * lookups by key, so no second index on the same columns is declared (it would only slow writes).
 *
 * <p>It runs as a descriptor customizer, declared by {@code @Customizer} on {@link TimeseriesChunk} so
 * that it applies to every store with no configuration, and may also be named as the persistence unit's
 * {@code eclipselink.session.customizer}; preparing a descriptor twice does nothing. Any problem fails the
 * deployment with an {@link InvalidStoreDefinitionException} naming the entity and the setting.
 *
 * <p>The table is changed through EclipseLink's {@code DatabaseTable}, an internal class: its public API can neither
 * rename a mapped table in place (the mappings' fields hold the table object) nor declare unique constraints and
 * indexes for schema generation. Everything else in this package uses EclipseLink's public API.
 */
public class ChunkStoreSchemaCustomizer extends StoreSchemaCustomizer {
    private static final Logger LOG = Logger.getLogger(ChunkStoreSchemaCustomizer.class.getName());

    /** The customizer EclipseLink instantiates, from {@code @Customizer} or the unit's properties. */
    public ChunkStoreSchemaCustomizer() {
        super(TimeseriesChunk.class, StoreMapping.CUSTOMIZED_PROPERTY);
    }

    @Override
    void prepare(ClassDescriptor descriptor, Class<?> entity) {
        StoreSettings settings = StoreSettings.of(entity);
        if (entity.isAnnotationPresent(PullTarget.class) && !settings.sync()) {
            throw new InvalidStoreDefinitionException(entity, "@" + PullTarget.class.getSimpleName(),
                    "only a sync store can be a pull target (declare sync = true in its settings, or remove the annotation)");
        }
        String tableName = tableName(entity, settings);
        DatabaseTable table = descriptor.getTables().get(0);
        // Renamed in place: the mappings' fields refer to this very object.
        table.setName(tableName);

        List<String> keyColumns = new ArrayList<>(notNullColumns(StoreMapping.keyMappings(descriptor)));
        keyColumns.add(column(descriptor, "chunkIndex"));
        addUniqueConstraint(table, keyColumns);
        // (updated_at, id): the order sync clients page through changes in, so pages need no sort.
        table.addIndex(index(nameBase(table) + "_upd", tableName, column(descriptor, "updatedAt"), column(descriptor, "id")));
        LOG.fine(() -> "chunk store " + entity.getName() + ": table " + tableName + ", unique " + keyColumns);
    }

    private static String tableName(Class<?> entity, StoreSettings settings) {
        Table declared = entity.getAnnotation(Table.class);
        if (declared != null && !declared.name().isEmpty()) {
            TableSignature.checkUserTableName(entity, declared.name(), settings);
            return declared.name();
        }
        return TableSignature.defaultTableName(entity, settings);
    }

    private static IndexDefinition index(String name, String table, String... columns) {
        IndexDefinition index = new IndexDefinition();
        index.setName(name);
        index.setTargetTable(table);
        for (String column : columns) {
            index.addField(column);
        }
        return index;
    }
}
