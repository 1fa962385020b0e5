package io.holcstore.mapping;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sessions.Session;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * What one {@link TimeseriesRecord} entity declares, read once from its mapping: zone, table, the columns of id,
 * dtype and data, and the user key fields (sorted by name); and where its new row ids come from. Cached on the
 * entity's descriptor, so it lives exactly as long as the persistence unit. Immutable, thread-safe.
 */
public final class TimeseriesRecordMapping {
    /** Descriptor property the schema customizer sets on every entity it has prepared. */
    static final String CUSTOMIZED_PROPERTY = "holcstore.timeseries.customized";
    private static final String MAPPING_PROPERTY = "holcstore.timeseries.mapping";

    /** The attributes {@link TimeseriesRecord} declares; every other mapped attribute is a user key field. */
    static final Set<String> RECORD_ATTRIBUTES = Set.of("id", "dtype", "data");

    private final Class<? extends TimeseriesRecord> entity;
    private final ZoneId zone;
    private final String table;
    private final String idColumn;
    private final String dtypeColumn;
    private final String dataColumn;
    private final List<KeyField> keys;
    private final Session session;

    private TimeseriesRecordMapping(Class<? extends TimeseriesRecord> entity, ClassDescriptor descriptor, Session session) {
        this.entity = entity;
        this.zone = zoneOf(entity);
        this.table = descriptor.getTableName();
        this.idColumn = column(descriptor, "id");
        this.dtypeColumn = column(descriptor, "dtype");
        this.dataColumn = column(descriptor, "data");
        List<DirectToFieldMapping> keyMappings = KeyMappings.of(descriptor, RECORD_ATTRIBUTES);
        this.keys = keyMappings.stream().map(mapping -> new KeyField(mapping, session)).toList();
        this.session = session;
    }

    /**
     * The mapping of {@code entity} in the persistence unit of {@code em}.
     *
     * @throws InvalidStoreDefinitionException if the unit does not list the entity, or the schema customizer did not
     *                                         prepare it
     */
    public static TimeseriesRecordMapping of(EntityManager em, Class<? extends TimeseriesRecord> entity) {
        ClassDescriptor descriptor = UnitSession.descriptor(em, entity);
        if (descriptor.getProperty(MAPPING_PROPERTY) instanceof TimeseriesRecordMapping mapping) {
            return mapping;
        }
        if (!Boolean.TRUE.equals(descriptor.getProperty(CUSTOMIZED_PROPERTY))) {
            throw new InvalidStoreDefinitionException(entity, "schema",
                    "the HoLcStore schema customizer did not run for this entity, so its table has no unique constraint; "
                            + "set the persistence-unit property eclipselink.session.customizer="
                            + TimeseriesStoreSchemaCustomizer.class.getName());
        }
        TimeseriesRecordMapping mapping = new TimeseriesRecordMapping(entity, descriptor, UnitSession.of(em));
        descriptor.setProperty(MAPPING_PROPERTY, mapping);
        return mapping;
    }

    /**
     * The zone {@link StoreZone} declares on {@code entity}, UTC without it.
     *
     * @throws InvalidStoreDefinitionException naming the entity if the zone is not a zone id
     */
    static ZoneId zoneOf(Class<?> entity) {
        StoreZone declared = entity.getAnnotation(StoreZone.class);
        if (declared == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(declared.value());
        } catch (DateTimeException e) {
            throw new InvalidStoreDefinitionException(entity, "@" + StoreZone.class.getSimpleName(),
                    "'" + declared.value() + "' is not a zone id (e.g. Europe/Paris, UTC): " + e.getMessage());
        }
    }

    private static String column(ClassDescriptor descriptor, String attribute) {
        return descriptor.getMappingForAttributeName(attribute).getField().getName();
    }

    public Class<? extends TimeseriesRecord> entity() {
        return entity;
    }

    /** A short name for messages: the entity's simple name. */
    public String name() {
        return entity.getSimpleName();
    }

    /** The zone local date-times are read in and series are rendered in. */
    public ZoneId zone() {
        return zone;
    }

    public String table() {
        return table;
    }

    public String idColumn() {
        return idColumn;
    }

    public String dtypeColumn() {
        return dtypeColumn;
    }

    public String dataColumn() {
        return dataColumn;
    }

    /** The user key fields, sorted by name. */
    public List<KeyField> keys() {
        return keys;
    }

    /** A new row id from the entity's sequence; EclipseLink preallocates them, so rarely a round trip. */
    public long nextId() {
        return session.getNextSequenceNumberValue(entity).longValue();
    }
}
