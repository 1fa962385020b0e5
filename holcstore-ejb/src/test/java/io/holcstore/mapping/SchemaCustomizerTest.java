package io.holcstore.mapping;

import io.holcstore.mapping.InvalidStoreDefinitionException;
import io.holcstore.mapping.StoreMapping;
import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.SchemaChecks;
import io.holcstore.testing.YearParisStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;

/**
 * The schema customizer at deployment: table names, constraint, index and NOT NULL keys (and, from the store
 * logic at first use, EXTERNAL storage of the data column on PostgreSQL); invalid store declarations fail the
 * deployment.
 */
class SchemaCustomizerTest {
    private static final SeriesKey KEY = SeriesKey.of("version", 1, "kind", "a");
    private static final DenseSeries SERIES = DenseSeries.of(Instant.parse("2024-06-01T00:00:00Z"), Duration.ofHours(1), 1, 2, 3);

    private static void assertMentions(String message, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(message != null && message.contains(fragment), () -> "message should mention '" + fragment + "': " + message);
        }
    }

    // ---- invalid declarations fail the deployment ----

    // EclipseLink 4.0.7 runs @Customizer classes inside catch (Exception) and only logs what they throw, so the
    // customizer declared on TimeseriesChunk throws a StoreDeclarationError (an Error) instead: each invalid
    // declaration below must fail the deployment both with that descriptor customizer alone and with the
    // customizer also named as eclipselink.session.customizer.

    /** The persistence-unit property naming the customizer as session customizer too. */
    private static final Map<String, Object> WITH_SESSION_CUSTOMIZER =
            Map.of("eclipselink.session.customizer", ChunkStoreSchemaCustomizer.class.getName());

    /**
     * The extra persistence-unit properties each invalid declaration is deployed with: none (the customizer runs
     * as the descriptor customizer declared on TimeseriesChunk only), then {@link #WITH_SESSION_CUSTOMIZER}.
     */
    static Stream<Named<Map<String, Object>>> customizers() {
        return Stream.of(named("descriptor customizer", Map.of()),
                named("descriptor and session customizer", WITH_SESSION_CUSTOMIZER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("customizers")
    void stepNotDividingAnHourFailsTheDeployment(Map<String, Object> extraProperties) {
        InvalidStoreDefinitionException e = SchemaChecks.deploymentFailure("holcstore-bad-step", extraProperties);
        assertMentions(e.getMessage(), BadStepStore.class.getName(), "step", "PT7M");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("customizers")
    void stepThatIsNotADurationFailsTheDeployment(Map<String, Object> extraProperties) {
        InvalidStoreDefinitionException e = SchemaChecks.deploymentFailure("holcstore-bad-step-text", extraProperties);
        assertMentions(e.getMessage(), BananaStepStore.class.getName(), "step", "banana");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("customizers")
    void unknownZoneFailsTheDeployment(Map<String, Object> extraProperties) {
        InvalidStoreDefinitionException e = SchemaChecks.deploymentFailure("holcstore-bad-zone", extraProperties);
        assertMentions(e.getMessage(), BadZoneStore.class.getName(), "zone", "Mars/Olympus_Mons");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("customizers")
    void userTableNameWithoutTheSignatureFailsTheDeployment(Map<String, Object> extraProperties) {
        InvalidStoreDefinitionException e = SchemaChecks.deploymentFailure("holcstore-bad-table", extraProperties);
        assertMentions(e.getMessage(), UnsignedTableStore.class.getName(), "table name", "my_chunks", "__cayear_f1h_tzEurope_Paris_nosync");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("customizers")
    void pullTargetWithoutSyncFailsTheDeployment(Map<String, Object> extraProperties) {
        InvalidStoreDefinitionException e = SchemaChecks.deploymentFailure("holcstore-bad-pull-target", extraProperties);
        assertMentions(e.getMessage(), PullTargetWithoutSync.class.getName(), "@PullTarget", "sync");
    }

    @Test
    void validUnitDeploysWithTheSessionCustomizerToo() {
        Map<String, Object> properties = new HashMap<>(PostgresStores.jdbcProperties());
        properties.putAll(WITH_SESSION_CUSTOMIZER);
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("holcstore-schema", properties);
        try {
            EntityManager em = factory.createEntityManager();
            try {
                assertEquals("custom_chunks__cayear_month_f15min_tzUTC_nosync", StoreMapping.of(em, SignedTableStore.class).table(),
                        "customizing twice (descriptor and session customizer) changes nothing");
            } finally {
                em.close();
            }
        } finally {
            factory.close();
        }
    }

    // ---- generated tables ----

    private static String tableOf(PostgresStores db, Class<? extends TimeseriesChunk> entity) {
        return db.table(entity).toLowerCase(Locale.ROOT);
    }

    private static boolean tableExists(PostgresStores db, String table) {
        return db.jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        });
    }

    /** The column lists of the table's non-unique indexes, by index name. */
    private static Map<String, List<String>> plainIndexes(PostgresStores db, String table) {
        return db.jdbc(c -> {
            Map<String, List<String>> indexes = new TreeMap<>();
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getIndexInfo(null, "public", table, false, false)) {
                while (rs.next()) {
                    if (rs.getBoolean("NON_UNIQUE") && rs.getString("INDEX_NAME") != null) {
                        indexes.computeIfAbsent(rs.getString("INDEX_NAME"), n -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
                    }
                }
            }
            return indexes;
        });
    }

    /** Column name to "NO"/"YES" nullability, from JDBC metadata. */
    private static Map<String, String> nullability(PostgresStores db, String table) {
        return db.jdbc(c -> {
            Map<String, String> columns = new TreeMap<>();
            try (ResultSet rs = c.getMetaData().getColumns(null, "public", table, null)) {
                while (rs.next()) {
                    columns.put(rs.getString("COLUMN_NAME"), rs.getString("IS_NULLABLE"));
                }
            }
            return columns;
        });
    }

    private static String dataStorage(PostgresStores db, String table) {
        return db.jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT attstorage FROM pg_attribute WHERE attrelid = to_regclass(?) AND attname = 'data'")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next(), "table " + table + " has a data column");
                    return rs.getString(1);
                }
            }
        });
    }

    @Test
    void generatedTableHasTheConstraintIndexNotNullKeysAndExternalStorage() throws SQLException {
        try (PostgresStores db = new PostgresStores(PostgresStores.TEST_UNIT)) {
            String table = tableOf(db, YearParisStore.class);
            assertEquals("yearparisstore__cayear_f1h_tzeurope_paris_nosync", table);
            assertTrue(tableExists(db, table));

            Map<String, List<String>> unique = db.jdbc(c -> SchemaChecks.uniqueConstraints(c, table));
            assertEquals(List.of(List.of("kind", "version", "chunk_index")), List.copyOf(unique.values()),
                    "one unique constraint on the key columns sorted by name, then chunk_index: " + unique);
            Map<String, List<String>> indexes = plainIndexes(db, table);
            assertTrue(indexes.containsValue(List.of("updated_at", "id")), "an index on (updated_at, id): " + indexes);

            Map<String, String> nullable = nullability(db, table);
            for (String column : List.of("kind", "version", "chunk_index", "start_ts", "dtype", "updated_at", "is_deleted", "data")) {
                assertEquals("NO", nullable.get(column), column + " is NOT NULL: " + nullable);
            }

            assertEquals("x", dataStorage(db, table), "PostgreSQL's default for bytea, before the first store operation");
            db.run(YearParisStore.class, s -> s.setTs(KEY, SERIES, WriteMode.INSERT));
            assertEquals("e", dataStorage(db, table), "EXTERNAL after the first store operation");
            db.run(YearParisStore.class, s -> s.getTs(KEY));
            assertEquals("e", dataStorage(db, table));
        }
    }

    @Test
    void storageIsSetAlsoByAFirstOperationThatOnlyReads() {
        try (PostgresStores db = new PostgresStores(PostgresStores.TEST_UNIT)) {
            String table = tableOf(db, YearParisStore.class);
            assertEquals("x", dataStorage(db, table));

            db.run(YearParisStore.class, s -> s.getTs(KEY));

            assertEquals("e", dataStorage(db, table));
        }
    }

    @Test
    void longEntityNameGivesACutTableNameThatPostgresKeepsWhole() {
        try (PostgresStores db = new PostgresStores("holcstore-schema")) {
            String table = db.table(StoreWithAVeryLongEntityNameForTableNamingTests.class);
            StoreMapping definition = db.definition(StoreWithAVeryLongEntityNameForTableNamingTests.class);

            assertEquals(63, table.length());
            assertEquals(TableSignature.defaultTableName(StoreWithAVeryLongEntityNameForTableNamingTests.class, definition.settings()), table);
            String stored = table.toLowerCase(Locale.ROOT);
            assertTrue(tableExists(db, stored));
            boolean keptWhole = db.jdbc(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT relname FROM pg_class WHERE relname = ?")) {
                    ps.setString(1, stored);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next();
                    }
                }
            });
            assertTrue(keptWhole, "the name was not truncated further by PostgreSQL");

            Map<String, List<String>> unique = db.jdbc(c -> SchemaChecks.uniqueConstraints(c, stored));
            assertEquals(List.of(List.of("kind", "version", "chunk_index")), List.copyOf(unique.values()));
            unique.keySet().forEach(name -> assertTrue(name.length() <= 63, name));
            assertTrue(plainIndexes(db, stored).containsValue(List.of("updated_at", "id")));

            // And it works as a store.
            db.run(StoreWithAVeryLongEntityNameForTableNamingTests.class, s -> s.setTs(KEY, SERIES, WriteMode.INSERT));
            assertEquals(SERIES.withZone(definition.grid().zone()),
                    db.inTransaction(StoreWithAVeryLongEntityNameForTableNamingTests.class, s -> s.getTs(KEY)));
            assertEquals(1, db.count(StoreWithAVeryLongEntityNameForTableNamingTests.class));
            assertEquals("e", dataStorage(db, stored));
        }
    }

    @Test
    void userTableNameWithTheSignatureIsUsed() {
        try (PostgresStores db = new PostgresStores("holcstore-schema")) {
            assertEquals("custom_chunks__cayear_month_f15min_tzUTC_nosync", db.table(SignedTableStore.class));
            String stored = "custom_chunks__cayear_month_f15min_tzutc_nosync";
            assertTrue(tableExists(db, stored));
            assertEquals(List.of(List.of("site", "chunk_index")), List.copyOf(db.jdbc(c -> SchemaChecks.uniqueConstraints(c, stored)).values()));
            assertEquals("NO", nullability(db, stored).get("site"));

            SeriesKey site = SeriesKey.of("site", "north");
            DenseSeries quarterHours = DenseSeries.of(Instant.parse("2024-06-01T00:00:00Z"), Duration.ofMinutes(15), 1, 2, 3);
            db.run(SignedTableStore.class, s -> s.setTs(site, quarterHours, WriteMode.INSERT));
            assertEquals(quarterHours, db.inTransaction(SignedTableStore.class, s -> s.getTs(site)));
            assertEquals(1, db.count(SignedTableStore.class));
        }
    }

    @Test
    void definitionKnowsTheKeyFieldsSortedByName() {
        try (PostgresStores db = new PostgresStores(PostgresStores.TEST_UNIT)) {
            StoreMapping definition = db.definition(YearParisStore.class);

            assertEquals(List.of("kind", "version"), definition.keys().stream().map(k -> k.name()).toList());
            assertEquals(List.of(String.class, Integer.class), definition.keys().stream().map(k -> k.type()).toList());
            assertFalse(definition.sync());
            assertEquals("chunk_index", definition.columns().chunkIndex());
        }
    }

    @Test
    void entityOutsideThePersistenceUnitIsRefused() {
        try (PostgresStores db = new PostgresStores("holcstore-schema")) {
            EntityManager em = db.factory().createEntityManager();
            try {
                InvalidStoreDefinitionException e = assertThrows(InvalidStoreDefinitionException.class,
                        () -> StoreMapping.of(em, YearParisStore.class));
                assertMentions(e.getMessage(), YearParisStore.class.getName(), "persistence unit");
            } finally {
                em.close();
            }
        }
    }

    @Test
    void customizerMarksTheDescriptorAndIsolatesItsCache() {
        try (PostgresStores db = new PostgresStores("holcstore-schema")) {
            EntityManager em = db.factory().createEntityManager();
            try {
                var descriptor = em.unwrap(org.eclipse.persistence.jpa.JpaEntityManager.class).getServerSession()
                        .getDescriptor(SignedTableStore.class);
                assertNotNull(descriptor);
                assertEquals(Boolean.TRUE, descriptor.getProperty(StoreMapping.CUSTOMIZED_PROPERTY));
                assertEquals(org.eclipse.persistence.config.CacheIsolationType.ISOLATED, descriptor.getCacheIsolation(),
                        "the store writes rows with SQL, so no shared cache");
                // Customizing again changes nothing.
                String table = descriptor.getTableName();
                new ChunkStoreSchemaCustomizer().customize(descriptor);
                assertEquals(table, descriptor.getTableName());
            } finally {
                em.close();
            }
        }
    }
}
