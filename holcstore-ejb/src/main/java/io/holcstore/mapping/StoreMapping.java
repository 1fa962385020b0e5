package io.holcstore.mapping;

import io.holcstore.grid.StoreGrid;
import jakarta.persistence.EntityManager;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sessions.Session;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What one store entity declares, read once from its JPA/EclipseLink mapping: settings, grid, table, the fixed
 * columns and the user key fields (sorted by name). Cached on the entity's descriptor, so it lives exactly as long as
 * the persistence unit. Immutable, thread-safe. (What else lives as long as the unit has a class of its own:
 * {@link IdSequence}, {@link OwnConnections}, {@link StoreAttachments}.)
 */
public final class StoreMapping {
    /** Descriptor property the schema customizer sets on every store entity it has prepared. */
    static final String CUSTOMIZED_PROPERTY = "holcstore.customized";
    private static final String MAPPING_PROPERTY = "holcstore.mapping";

    /** The attributes {@link TimeseriesChunk} declares; every other mapped attribute is a user key field. */
    static final Set<String> CHUNK_ATTRIBUTES =
            Set.of("id", "chunkIndex", "startTs", "dtype", "updatedAt", "deleted", "data", "upstreamUpdatedAt");

    private final Class<? extends TimeseriesChunk> entity;
    private final StoreSettings settings;
    private final StoreGrid grid;
    private final String table;
    private final ChunkColumns columns;
    private final List<KeyField> keys;

    private StoreMapping(Class<? extends TimeseriesChunk> entity, ClassDescriptor descriptor, Session session) {
        this.entity = entity;
        this.settings = StoreSettings.of(entity);
        this.grid = settings.grid();
        this.table = descriptor.getTableName();
        this.columns = new ChunkColumns(column(descriptor, "id"), column(descriptor, "chunkIndex"), column(descriptor, "startTs"),
                column(descriptor, "dtype"), column(descriptor, "updatedAt"), column(descriptor, "deleted"), column(descriptor, "data"),
                column(descriptor, "upstreamUpdatedAt"));
        List<KeyField> keyFields = new ArrayList<>();
        for (DirectToFieldMapping mapping : keyMappings(descriptor)) {
            keyFields.add(new KeyField(mapping, session));
        }
        this.keys = List.copyOf(keyFields);
    }

    private static String column(ClassDescriptor descriptor, String attribute) {
        return descriptor.getMappingForAttributeName(attribute).getField().getName();
    }

    /**
     * The mappings of the user key fields, sorted by attribute name; refuses key attributes that are
     * not basic columns.
     */
    static List<DirectToFieldMapping> keyMappings(ClassDescriptor descriptor) {
        return KeyMappings.of(descriptor, CHUNK_ATTRIBUTES);
    }

    /**
     * The mapping of {@code entity} in the persistence unit of {@code em}; an entity the unit does not
     * list, or that the schema customizer did not prepare, is an {@link InvalidStoreDefinitionException}.
     */
    public static StoreMapping of(EntityManager em, Class<? extends TimeseriesChunk> entity) {
        ClassDescriptor descriptor = UnitSession.descriptor(em, entity);
        Object cached = descriptor.getProperty(MAPPING_PROPERTY);
        if (cached instanceof StoreMapping mapping) {
            return mapping;
        }
        if (!Boolean.TRUE.equals(descriptor.getProperty(CUSTOMIZED_PROPERTY))) {
            throw new InvalidStoreDefinitionException(entity, "schema",
                    "the HoLcStore schema customizer did not run for this entity, so its table has no signature, "
                            + "constraint or indexes; set the persistence-unit property eclipselink.session.customizer="
                            + ChunkStoreSchemaCustomizer.class.getName());
        }
        StoreMapping mapping = new StoreMapping(entity, descriptor, UnitSession.of(em));
        descriptor.setProperty(MAPPING_PROPERTY, mapping);
        return mapping;
    }

    public Class<? extends TimeseriesChunk> entity() {
        return entity;
    }

    /** A short name for messages: the entity's simple name. */
    public String name() {
        return entity.getSimpleName();
    }

    public StoreSettings settings() {
        return settings;
    }

    public StoreGrid grid() {
        return grid;
    }

    public boolean sync() {
        return settings.sync();
    }

    public String table() {
        return table;
    }

    /** The columns every chunk table has. */
    public ChunkColumns columns() {
        return columns;
    }

    /** The user key fields, sorted by name. */
    public List<KeyField> keys() {
        return keys;
    }
}
