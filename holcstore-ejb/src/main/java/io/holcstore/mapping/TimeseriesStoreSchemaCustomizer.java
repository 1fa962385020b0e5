package io.holcstore.mapping;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.mappings.DirectToFieldMapping;

import java.util.List;
import java.util.logging.Logger;

/**
 * Prepares every concrete {@link TimeseriesRecord} entity at deployment, before EclipseLink generates or checks the
 * schema: validates its zone and key fields, makes the key columns NOT NULL (a NULL key would escape the constraint)
 * and declares the unique constraint on the key columns sorted by name, {@code <table>_uniq}. PostgreSQL and H2 back
 * a unique constraint with an index on the same columns, which serves every lookup by key or by leading key fields,
 * so no second index on them is declared (it would only slow writes), as for the chunk store. The table keeps the
 * name JPA gives it: a store of whole series has no frozen setting for a name to carry.
 *
 * <p>Declared by {@code @Customizer} on {@link TimeseriesRecord}, so it applies to every such store with no
 * configuration; it may also be named as the persistence unit's {@code eclipselink.session.customizer}. Preparing a
 * descriptor twice does nothing. A problem fails the deployment with an {@link InvalidStoreDefinitionException}
 * naming the entity and what is wrong.
 *
 * <p>Unique constraints are declared through EclipseLink's internal {@code DatabaseTable}, as in
 * {@link ChunkStoreSchemaCustomizer}: the public API cannot declare them for schema generation.
 */
public class TimeseriesStoreSchemaCustomizer extends StoreSchemaCustomizer {
    private static final Logger LOG = Logger.getLogger(TimeseriesStoreSchemaCustomizer.class.getName());

    /** The customizer EclipseLink instantiates, from {@code @Customizer} or the unit's properties. */
    public TimeseriesStoreSchemaCustomizer() {
        super(TimeseriesRecord.class, TimeseriesRecordMapping.CUSTOMIZED_PROPERTY);
    }

    @Override
    void prepare(ClassDescriptor descriptor, Class<?> entity) {
        TimeseriesRecordMapping.zoneOf(entity); // fails on an invalid zone
        List<DirectToFieldMapping> keys = KeyMappings.of(descriptor, TimeseriesRecordMapping.RECORD_ATTRIBUTES);
        if (keys.isEmpty()) {
            throw new InvalidStoreDefinitionException(entity, "key fields",
                    "a TimeseriesStore entity needs at least one key field naming its series (e.g. String site)");
        }
        List<String> keyColumns = notNullColumns(keys);
        DatabaseTable table = descriptor.getTables().get(0);
        addUniqueConstraint(table, keyColumns);
        LOG.fine(() -> "timeseries store " + entity.getName() + ": table " + table.getName() + ", unique " + keyColumns);
    }
}
