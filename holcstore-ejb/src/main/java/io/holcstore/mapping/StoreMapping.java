package io.holcstore.mapping;

import io.holcstore.grid.StoreGrid;
import jakarta.persistence.EntityManager;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sessions.ExternalTransactionController;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Everything the store logic needs to know of one store entity, read once from its JPA/EclipseLink
 * mapping: settings, grid, table, the fixed columns and the user key fields (sorted by name). Cached on
 * the entity's descriptor, so it lives exactly as long as the persistence unit. Thread-safe.
 */
public final class StoreMapping {
    /** Descriptor property the schema customizer sets on every store entity it has prepared. */
    static final String CUSTOMIZED_PROPERTY = "holcstore.customized";
    private static final String MAPPING_PROPERTY = "holcstore.mapping";

    /** The attributes {@link TimeseriesChunk} declares; every other mapped attribute is a user key field. */
    static final Set<String> CHUNK_ATTRIBUTES =
            Set.of("id", "chunkIndex", "startTs", "dtype", "updatedAt", "deleted", "data", "upstreamUpdatedAt");

    private final Class<?> entity;
    private final StoreSettings settings;
    private final StoreGrid grid;
    private final String table;
    private final ChunkColumns columns;
    private final List<KeyField> keys;
    private final AbstractSession session;
    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();

    private StoreMapping(ClassDescriptor descriptor, AbstractSession session) {
        this.entity = descriptor.getJavaClass();
        this.settings = StoreSettings.of(entity);
        this.grid = settings.grid();
        this.table = descriptor.getTableName();
        this.session = session;
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
        List<DirectToFieldMapping> keys = new ArrayList<>();
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (CHUNK_ATTRIBUTES.contains(mapping.getAttributeName())) {
                continue;
            }
            if (!(mapping instanceof DirectToFieldMapping direct)) {
                throw new InvalidStoreDefinitionException(descriptor.getJavaClass(), "key field '" + mapping.getAttributeName() + "'",
                        "a key field must be a basic column (int, long, String, LocalDate, enum...), not a "
                                + mapping.getClass().getSimpleName());
            }
            keys.add(direct);
        }
        keys.sort(Comparator.comparing(DatabaseMapping::getAttributeName));
        return keys;
    }

    /**
     * The mapping of {@code entity} in the persistence unit of {@code em}; an entity the unit does not
     * list, or that the schema customizer did not prepare, is an {@link InvalidStoreDefinitionException}.
     */
    public static StoreMapping of(EntityManager em, Class<? extends TimeseriesChunk> entity) {
        AbstractSession session = (AbstractSession) em.unwrap(JpaEntityManager.class).getServerSession();
        ClassDescriptor descriptor = session.getDescriptor(entity);
        if (descriptor == null) {
            throw new InvalidStoreDefinitionException(entity, "persistence unit",
                    "not an entity of this persistence unit: list it in persistence.xml");
        }
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
        StoreMapping mapping = new StoreMapping(descriptor, session);
        descriptor.setProperty(MAPPING_PROPERTY, mapping);
        return mapping;
    }

    public Class<?> entity() {
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

    /** A new row id from the entity's sequence (preallocated by EclipseLink, so rarely a round trip). */
    public long nextId() {
        return session.getNextSequenceNumberValue(entity).longValue();
    }

    /**
     * The object of {@code type} kept with this store, made by {@code factory} on first use: lets the
     * store logic keep per-table state (its SQL dialect, what it learnt of the table) exactly as long as
     * the persistence unit, without this package knowing of it.
     */
    public <T> T shared(Class<T> type, Supplier<? extends T> factory) {
        return type.cast(shared.computeIfAbsent(type, t -> factory.get()));
    }

    /** Work done on a connection of its own. */
    @FunctionalInterface
    public interface ConnectionWork {
        void run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} on a new connection of the persistence unit's data source, outside any
     * transaction of the calling thread (a container transaction is suspended meanwhile and resumed
     * after), then closes the connection. The connection is in auto-commit mode; {@code work} may open a
     * short transaction of its own. This is how a store changes its table without making a caller's
     * transaction hold locks on it until it commits.
     */
    public void withOwnConnection(ConnectionWork work) throws SQLException {
        ExternalTransactionController controller = session.getExternalTransactionController();
        if (controller == null) {
            runOnNewConnection(work); // no container transaction to step out of (Java SE, resource-local)
        } else {
            JtaSuspension.around(controller, name(), () -> runOnNewConnection(work));
        }
    }

    private void runOnNewConnection(ConnectionWork work) throws SQLException {
        try (Connection connection = session.getLogin().connectToDatasource(null, session) instanceof Connection c ? c : null) {
            if (connection == null) {
                throw new SQLException("the persistence unit's login of store " + name() + " gave no JDBC connection");
            }
            work.run(connection);
        } catch (DatabaseException e) {
            throw new SQLException("could not open a connection for store " + name() + ": " + e.getMessage(), e);
        }
    }
}
