package io.holcstore.mapping;

import jakarta.persistence.Table;
import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorCustomizer;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.tools.schemaframework.IndexDefinition;

import java.lang.reflect.Modifier;
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
public class ChunkStoreSchemaCustomizer implements DescriptorCustomizer, SessionCustomizer {
    private static final Logger LOG = Logger.getLogger(ChunkStoreSchemaCustomizer.class.getName());
    /** Room left after the name base for the longest suffix. */
    private static final int NAME_BASE = TableSignature.MAX_IDENTIFIER - "_uniq".length();

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            prepare(descriptor);
        }
    }

    /** As a descriptor customizer: an invalid store is a {@link StoreDeclarationError}, which EclipseLink does not swallow. */
    @Override
    public void customize(ClassDescriptor descriptor) {
        try {
            prepare(descriptor);
        } catch (InvalidStoreDefinitionException e) {
            throw new StoreDeclarationError(e);
        }
    }

    private static void prepare(ClassDescriptor descriptor) {
        Class<?> entity = descriptor.getJavaClass();
        if (entity == null || !TimeseriesChunk.class.isAssignableFrom(entity) || Modifier.isAbstract(entity.getModifiers())
                || Boolean.TRUE.equals(descriptor.getProperty(StoreMapping.CUSTOMIZED_PROPERTY))) {
            return;
        }
        StoreSettings settings = StoreSettings.of(entity);
        if (entity.isAnnotationPresent(PullTarget.class) && !settings.sync()) {
            throw new InvalidStoreDefinitionException(entity, "@" + PullTarget.class.getSimpleName(),
                    "only a sync store can be a pull target (declare sync = true in its settings, or remove the annotation)");
        }
        String tableName = tableName(entity, settings);
        DatabaseTable table = descriptor.getTables().get(0);
        // Renamed in place: the mappings' fields refer to this very object.
        table.setName(tableName);

        List<String> keyColumns = new ArrayList<>();
        StoreMapping.keyMappings(descriptor).forEach(key -> {
            key.getField().setNullable(false); // a NULL key would escape the unique constraint
            keyColumns.add(key.getField().getName());
        });
        keyColumns.add(descriptor.getMappingForAttributeName("chunkIndex").getField().getName());
        String base = TableSignature.fit(tableName, NAME_BASE);
        table.addUniqueConstraints(base + "_uniq", keyColumns);
        // (updated_at, id): the order sync clients page through changes in, so pages need no sort.
        table.addIndex(index(base + "_upd", tableName, descriptor.getMappingForAttributeName("updatedAt").getField().getName(),
                descriptor.getMappingForAttributeName("id").getField().getName()));

        // The store logic writes rows with plain SQL, so a shared entity cache would serve stale chunks.
        descriptor.setCacheIsolation(CacheIsolationType.ISOLATED);
        StoreAttachments.attachTo(descriptor);
        descriptor.setProperty(StoreMapping.CUSTOMIZED_PROPERTY, Boolean.TRUE);
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
