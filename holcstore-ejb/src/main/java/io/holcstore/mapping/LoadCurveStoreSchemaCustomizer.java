package io.holcstore.mapping;

import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorCustomizer;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Prepares every concrete {@link LoadCurve} entity at deployment, before EclipseLink generates or checks the schema:
 * checks its zone ({@link StoreZone}), its table name (at most 63 characters) and its attribute fields (basic columns),
 * makes every attribute column NOT NULL, and declares one unique constraint on
 * ({@code client_id}, {@code prm}, the attribute columns sorted by attribute name, {@code version}).
 *
 * <p><b>Why the attributes are in the constraint.</b> A write without versioning keeps version 0 <em>of the attribute
 * values it gives</em>, and a write with {@code versioningBy} including an attribute counts versions within that
 * attribute's value: both make two rows of one meter share a version number under different attribute values (year
 * 2024 and year 2025, each at version 0), which a constraint on (prm, client_id, version) alone would refuse. Every
 * versioning group contains the unique group (it names prm and a subset of the attributes), so a new version, one
 * above the group's highest, never collides with a row of its unique group. A NULL attribute would escape the
 * constraint, hence NOT NULL.
 *
 * <p><b>Why no second index.</b> The constraint's own index starts with ({@code client_id}, {@code prm}), so it serves
 * every lookup by meter and client (the index on (prm, client_id) of the reference) and also lookups by client
 * alone (counts, clears, reads of every meter of a client); a second index would only slow writes.
 *
 * <p>Runs as a descriptor customizer, declared by {@code @Customizer} on {@link LoadCurve}, and may also be named as
 * the unit's {@code eclipselink.session.customizer}; preparing a descriptor twice does nothing. A problem fails the
 * deployment with an {@link InvalidStoreDefinitionException} naming the entity and the field or setting. Like
 * {@link ChunkStoreSchemaCustomizer}, it declares the constraint through EclipseLink's internal {@code DatabaseTable}.
 */
public class LoadCurveStoreSchemaCustomizer implements DescriptorCustomizer, SessionCustomizer {
    private static final Logger LOG = Logger.getLogger(LoadCurveStoreSchemaCustomizer.class.getName());
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
        if (entity == null || !LoadCurve.class.isAssignableFrom(entity) || Modifier.isAbstract(entity.getModifiers())
                || Boolean.TRUE.equals(descriptor.getProperty(LoadCurveMapping.CUSTOMIZED_PROPERTY))) {
            return;
        }
        LoadCurveMapping.zoneOf(entity); // fails on an invalid zone
        DatabaseTable table = descriptor.getTables().get(0);
        String tableName = table.getName();
        if (tableName.length() > TableSignature.MAX_IDENTIFIER) {
            throw new InvalidStoreDefinitionException(entity, "table name", "'" + tableName + "' is longer than "
                    + TableSignature.MAX_IDENTIFIER + " characters; name a shorter table with @Table");
        }
        List<String> unique = new ArrayList<>();
        unique.add(column(descriptor, "clientId"));
        unique.add(column(descriptor, "prm"));
        for (DirectToFieldMapping attribute : attributeMappings(descriptor)) {
            attribute.getField().setNullable(false); // a NULL attribute would escape the unique constraint
            unique.add(attribute.getField().getName());
        }
        unique.add(column(descriptor, "version"));
        table.addUniqueConstraints(TableSignature.fit(tableName, NAME_BASE) + "_uniq", unique);
        // The store logic writes rows with plain SQL, so a shared entity cache would serve stale curves.
        descriptor.setCacheIsolation(CacheIsolationType.ISOLATED);
        StoreAttachments.attachTo(descriptor);
        descriptor.setProperty(LoadCurveMapping.CUSTOMIZED_PROPERTY, Boolean.TRUE);
        LOG.fine(() -> "load-curve store " + entity.getName() + ": table " + tableName + ", unique " + unique);
    }

    private static String column(ClassDescriptor descriptor, String attribute) {
        return descriptor.getMappingForAttributeName(attribute).getField().getName();
    }

    /** The mappings of the attribute fields, sorted by attribute name; refuses attributes that are not basic columns. */
    static List<DirectToFieldMapping> attributeMappings(ClassDescriptor descriptor) {
        List<DirectToFieldMapping> attributes = new ArrayList<>();
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (LoadCurveMapping.CURVE_ATTRIBUTES.contains(mapping.getAttributeName())) {
                continue;
            }
            if (!(mapping instanceof DirectToFieldMapping direct)) {
                throw new InvalidStoreDefinitionException(descriptor.getJavaClass(), "attribute field '" + mapping.getAttributeName() + "'",
                        "an attribute field must be a basic column (int, long, String, LocalDate, enum...), not a "
                                + mapping.getClass().getSimpleName());
            }
            attributes.add(direct);
        }
        attributes.sort(java.util.Comparator.comparing(DatabaseMapping::getAttributeName));
        return attributes;
    }
}
