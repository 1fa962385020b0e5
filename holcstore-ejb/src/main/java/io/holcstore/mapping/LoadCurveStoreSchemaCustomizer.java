package io.holcstore.mapping;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.mappings.DirectToFieldMapping;

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
public class LoadCurveStoreSchemaCustomizer extends StoreSchemaCustomizer {
    private static final Logger LOG = Logger.getLogger(LoadCurveStoreSchemaCustomizer.class.getName());

    /** The customizer EclipseLink instantiates, from {@code @Customizer} or the unit's properties. */
    public LoadCurveStoreSchemaCustomizer() {
        super(LoadCurve.class, LoadCurveMapping.CUSTOMIZED_PROPERTY);
    }

    @Override
    void prepare(ClassDescriptor descriptor, Class<?> entity) {
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
        unique.addAll(notNullColumns(attributeMappings(descriptor)));
        unique.add(column(descriptor, "version"));
        addUniqueConstraint(table, unique);
        LOG.fine(() -> "load-curve store " + entity.getName() + ": table " + tableName + ", unique " + unique);
    }

    /** The mappings of the attribute fields, sorted by attribute name; refuses attributes that are not basic columns. */
    static List<DirectToFieldMapping> attributeMappings(ClassDescriptor descriptor) {
        return KeyMappings.of(descriptor, LoadCurveMapping.CURVE_ATTRIBUTES, "attribute field");
    }
}
