package io.holcstore.store;

import io.holcstore.grid.StoreGrid;
import jakarta.persistence.EntityManager;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Everything the store logic needs to know of one store entity, read once from its JPA/EclipseLink
 * mapping: settings, grid, table, the fixed columns and the user key fields (sorted by name). Cached on
 * the entity's descriptor, so it lives exactly as long as the persistence unit.
 */
public final class StoreDefinition {
    /** Descriptor property the schema customizer sets on every store entity it has prepared. */
    public static final String CUSTOMIZED_PROPERTY = "holcstore.customized";
    private static final String DEFINITION_PROPERTY = "holcstore.definition";

    /** The attributes {@link TimeseriesChunk} declares; every other mapped attribute is a user key field. */
    public static final Set<String> CHUNK_ATTRIBUTES =
            Set.of("id", "chunkIndex", "startTs", "dtype", "updatedAt", "deleted", "data");

    private static final Logger LOG = Logger.getLogger(StoreDefinition.class.getName());

    private final Class<?> entity;
    private final StoreSettings settings;
    private final StoreGrid grid;
    private final String table;
    private final Map<String, String> columns;
    private final List<KeyField> keys;
    private final Map<String, KeyField> keysByName;
    private final AbstractSession session;
    private final AtomicBoolean insertPathReported = new AtomicBoolean();
    private volatile boolean tablePrepared;
    private volatile boolean postgres;
    private volatile Map<String, String> columnTypes = Map.of();

    private StoreDefinition(ClassDescriptor descriptor, AbstractSession session) {
        this.entity = descriptor.getJavaClass();
        this.settings = StoreSettings.of(entity);
        this.grid = settings.grid();
        this.table = descriptor.getTableName();
        this.session = session;
        this.columns = new LinkedHashMap<>();
        for (String attribute : CHUNK_ATTRIBUTES) {
            columns.put(attribute, descriptor.getMappingForAttributeName(attribute).getField().getName());
        }
        List<KeyField> keyFields = new ArrayList<>();
        for (DirectToFieldMapping mapping : keyMappings(descriptor)) {
            keyFields.add(new KeyField(mapping, session));
        }
        this.keys = List.copyOf(keyFields);
        this.keysByName = new LinkedHashMap<>();
        keys.forEach(k -> keysByName.put(k.name(), k));
    }

    /**
     * The mappings of the user key fields, sorted by attribute name; refuses key attributes that are
     * not basic columns.
     */
    public static List<DirectToFieldMapping> keyMappings(ClassDescriptor descriptor) {
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

    /** The definition of {@code entity} in the persistence unit of {@code em}. */
    public static StoreDefinition of(EntityManager em, Class<? extends TimeseriesChunk> entity) {
        AbstractSession session = (AbstractSession) em.unwrap(JpaEntityManager.class).getServerSession();
        ClassDescriptor descriptor = session.getDescriptor(entity);
        if (descriptor == null) {
            throw new InvalidStoreDefinitionException(entity, "persistence unit",
                    "not an entity of this persistence unit: list it in persistence.xml");
        }
        Object cached = descriptor.getProperty(DEFINITION_PROPERTY);
        if (cached instanceof StoreDefinition definition) {
            return definition;
        }
        if (!Boolean.TRUE.equals(descriptor.getProperty(CUSTOMIZED_PROPERTY))) {
            throw new InvalidStoreDefinitionException(entity, "schema",
                    "the HoLcStore schema customizer did not run for this entity, so its table has no signature, "
                            + "constraint or indexes; set the persistence-unit property eclipselink.session.customizer="
                            + "io.holcstore.schema.ChunkStoreSchemaCustomizer");
        }
        StoreDefinition definition = new StoreDefinition(descriptor, session);
        descriptor.setProperty(DEFINITION_PROPERTY, definition);
        return definition;
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

    /** The column of one of the {@link #CHUNK_ATTRIBUTES}. */
    public String column(String chunkAttribute) {
        return columns.get(chunkAttribute);
    }

    /** The user key fields, sorted by name. */
    public List<KeyField> keys() {
        return keys;
    }

    /**
     * Once per table and persistence unit, on PostgreSQL: stores the data column EXTERNAL (out of line,
     * uncompressed). Chunk blobs are already LZ4-compressed, so PostgreSQL's own compression attempt on
     * every write is wasted work (measured: 7.6 s vs 4.5 s to write 36 000 blobs of 23.8 KB).
     * Runs in the caller's transaction; if that rolls back, the next start of the application retries.
     */
    synchronized void prepareTable(Connection connection) {
        if (tablePrepared) {
            return;
        }
        try {
            postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
            if (postgres) {
                setExternalStorage(connection);
                columnTypes = loadColumnTypes(connection);
            }
            tablePrepared = true;
        } catch (SQLException e) {
            throw new ChunkStoreException("could not check the storage of table " + table + " of store " + name(), e);
        }
    }

    /** PostgreSQL's type name of each column ({@code integer}, {@code character varying}...), by lower-case column name. */
    private Map<String, String> loadColumnTypes(Connection connection) throws SQLException {
        Map<String, String> types = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT attname, format_type(atttypid, NULL) FROM pg_attribute"
                + " WHERE attrelid = to_regclass(?) AND attnum > 0 AND NOT attisdropped")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return Map.copyOf(types);
    }

    /** The PostgreSQL type of a column, or null when unknown (another database, or before the first operation). */
    String columnType(String column) {
        return columnTypes.get(column.toLowerCase(Locale.ROOT));
    }

    private void setExternalStorage(Connection connection) throws SQLException {
        String dataColumn = column("data");
        try (PreparedStatement check = connection.prepareStatement(
                "SELECT attstorage FROM pg_attribute WHERE attrelid = to_regclass(?) AND attname = ?")) {
            check.setString(1, table);
            check.setString(2, dataColumn.toLowerCase(Locale.ROOT));
            try (ResultSet rs = check.executeQuery()) {
                if (!rs.next() || "e".equals(rs.getString(1))) {
                    return;
                }
            }
        }
        try (Statement alter = connection.createStatement()) {
            alter.execute("ALTER TABLE " + table + " ALTER COLUMN " + dataColumn + " SET STORAGE EXTERNAL");
        }
    }

    /** Whether the table lives in PostgreSQL (known after the first operation). */
    boolean postgres() {
        return postgres;
    }

    /** A new row id from the entity's sequence (preallocated by EclipseLink, so rarely a round trip). */
    /** Logs, once per store, how its rows are inserted: a deployment shows whether the fast path is in use. */
    void reportInsertPath(String how) {
        if (insertPathReported.compareAndSet(false, true)) {
            LOG.info(() -> "store " + name() + " (table " + table + ") inserts rows by " + how);
        }
    }

    long nextId() {
        return session.getNextSequenceNumberValue(entity).longValue();
    }

    /**
     * The key with every value converted to its field's type; throws {@link InvalidKeyException} naming
     * an unknown field, a missing one ({@code complete}), or a value of the wrong type.
     */
    public SeriesKey validate(SeriesKey key, boolean complete) {
        Map<String, Object> converted = new LinkedHashMap<>();
        key.fields().forEach((name, value) -> {
            KeyField field = keysByName.get(name);
            if (field == null) {
                throw new InvalidKeyException("store " + name() + " has no key field '" + name + "'; its key fields are "
                        + keysByName.keySet());
            }
            converted.put(name, field.toAttributeValue(value));
        });
        if (complete && converted.size() != keys.size()) {
            List<String> missing = keys.stream().map(KeyField::name).filter(n -> !converted.containsKey(n)).toList();
            throw new InvalidKeyException("store " + name() + " needs every key field; " + key + " lacks " + missing);
        }
        return SeriesKey.of(converted);
    }
}
