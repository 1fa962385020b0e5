package io.holcstore.mapping;

import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorCustomizer;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

import java.lang.reflect.Modifier;
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
public class TimeseriesStoreSchemaCustomizer implements DescriptorCustomizer, SessionCustomizer {
    private static final Logger LOG = Logger.getLogger(TimeseriesStoreSchemaCustomizer.class.getName());
    private static final String UNIQUE_SUFFIX = "_uniq";

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
        if (entity == null || !TimeseriesRecord.class.isAssignableFrom(entity) || Modifier.isAbstract(entity.getModifiers())
                || Boolean.TRUE.equals(descriptor.getProperty(TimeseriesRecordMapping.CUSTOMIZED_PROPERTY))) {
            return;
        }
        TimeseriesRecordMapping.zoneOf(entity); // fails on an invalid zone
        List<DirectToFieldMapping> keys = KeyMappings.of(descriptor, TimeseriesRecordMapping.RECORD_ATTRIBUTES);
        if (keys.isEmpty()) {
            throw new InvalidStoreDefinitionException(entity, "key fields",
                    "a TimeseriesStore entity needs at least one key field naming its series (e.g. String site)");
        }
        List<String> keyColumns = keys.stream().map(key -> {
            key.getField().setNullable(false);
            return key.getField().getName();
        }).toList();
        DatabaseTable table = descriptor.getTables().get(0);
        String base = TableSignature.fit(table.getName(), TableSignature.MAX_IDENTIFIER - UNIQUE_SUFFIX.length());
        table.addUniqueConstraints(base + UNIQUE_SUFFIX, keyColumns);
        // The store logic writes rows with plain SQL, so a shared entity cache would serve stale series.
        descriptor.setCacheIsolation(CacheIsolationType.ISOLATED);
        StoreAttachments.attachTo(descriptor);
        descriptor.setProperty(TimeseriesRecordMapping.CUSTOMIZED_PROPERTY, Boolean.TRUE);
        LOG.fine(() -> "timeseries store " + entity.getName() + ": table " + table.getName() + ", unique " + keyColumns);
    }
}
