package io.holcstore.mapping;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sessions.Session;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What one load-curve store entity declares, read once from its mapping: table, fixed columns, zone and attribute
 * fields (sorted by name). Cached on the entity's descriptor, so it lives as long as the persistence unit. Immutable,
 * thread-safe.
 */
public final class LoadCurveMapping {
    /** Descriptor property the schema customizer sets on every load-curve entity it has prepared. */
    static final String CUSTOMIZED_PROPERTY = "holcstore.loadcurve.customized";
    private static final String MAPPING_PROPERTY = "holcstore.loadcurve.mapping";

    /** The attributes {@link LoadCurve} declares; every other mapped attribute is a user attribute field. */
    static final Set<String> CURVE_ATTRIBUTES =
            Set.of("id", "clientId", "prm", "version", "lastModified", "createdAt", "dtype", "data");

    private final Class<? extends LoadCurve> entity;
    private final String table;
    private final LoadCurveColumns columns;
    private final ZoneId zone;
    private final List<KeyField> attributes;

    private LoadCurveMapping(Class<? extends LoadCurve> entity, ClassDescriptor descriptor, Session session) {
        this.entity = entity;
        this.table = descriptor.getTableName();
        this.columns = new LoadCurveColumns(column(descriptor, "id"), column(descriptor, "clientId"), column(descriptor, "prm"),
                column(descriptor, "version"), column(descriptor, "lastModified"), column(descriptor, "createdAt"),
                column(descriptor, "dtype"), column(descriptor, "data"));
        this.zone = zoneOf(entity);
        List<KeyField> fields = new ArrayList<>();
        for (DirectToFieldMapping mapping : LoadCurveStoreSchemaCustomizer.attributeMappings(descriptor)) {
            fields.add(new KeyField(mapping, session));
        }
        this.attributes = List.copyOf(fields);
    }

    private static String column(ClassDescriptor descriptor, String attribute) {
        return descriptor.getMappingForAttributeName(attribute).getField().getName();
    }

    /**
     * The mapping of {@code entity} in the persistence unit of {@code em}.
     *
     * @throws InvalidStoreDefinitionException if the unit does not list the entity, or the schema customizer did not
     *                                         prepare it
     */
    public static LoadCurveMapping of(EntityManager em, Class<? extends LoadCurve> entity) {
        ClassDescriptor descriptor = UnitSession.descriptor(em, entity);
        if (descriptor.getProperty(MAPPING_PROPERTY) instanceof LoadCurveMapping mapping) {
            return mapping;
        }
        if (!Boolean.TRUE.equals(descriptor.getProperty(CUSTOMIZED_PROPERTY))) {
            throw new InvalidStoreDefinitionException(entity, "schema",
                    "the HoLcStore schema customizer did not run for this entity, so its table has no unique constraint; "
                            + "set the persistence-unit property eclipselink.session.customizer="
                            + LoadCurveStoreSchemaCustomizer.class.getName());
        }
        LoadCurveMapping mapping = new LoadCurveMapping(entity, descriptor, UnitSession.of(em));
        descriptor.setProperty(MAPPING_PROPERTY, mapping);
        return mapping;
    }

    /**
     * The zone {@link StoreZone} declares on {@code entity} or its nearest annotated superclass; UTC without one.
     *
     * @throws InvalidStoreDefinitionException naming the entity if the zone is not a zone id
     */
    static ZoneId zoneOf(Class<?> entity) {
        for (Class<?> c = entity; c != null; c = c.getSuperclass()) {
            StoreZone declared = c.getAnnotation(StoreZone.class);
            if (declared != null) {
                try {
                    return ZoneId.of(declared.value());
                } catch (DateTimeException e) {
                    throw new InvalidStoreDefinitionException(entity, "@StoreZone", "'" + declared.value()
                            + "' is not a time zone id (" + e.getMessage() + ")");
                }
            }
        }
        return ZoneOffset.UTC;
    }

    public Class<? extends LoadCurve> entity() {
        return entity;
    }

    /** A short name for messages: the entity's simple name. */
    public String name() {
        return entity.getSimpleName();
    }

    public String table() {
        return table;
    }

    /** The columns every load-curve table has. */
    public LoadCurveColumns columns() {
        return columns;
    }

    /** The zone written local date-times are read in and read series are rendered in. */
    public ZoneId zone() {
        return zone;
    }

    /** The user attribute fields, sorted by name. */
    public List<KeyField> attributes() {
        return attributes;
    }
}
