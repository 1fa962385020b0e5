package io.holcstore.store.loadcurve;

import io.holcstore.mapping.BadZoneCurve;
import io.holcstore.mapping.InvalidStoreDefinitionException;
import io.holcstore.mapping.RelationCurve;
import io.holcstore.store.SeriesKey;
import io.holcstore.testing.LoadCurveStores;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.SchemaChecks;
import io.holcstore.testing.YearCurve;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static io.holcstore.store.loadcurve.Curves.DAY;
import static io.holcstore.store.loadcurve.Curves.HOUR;
import static io.holcstore.store.loadcurve.Curves.JAN_1;
import static io.holcstore.store.loadcurve.Curves.constant;
import static io.holcstore.store.loadcurve.Curves.dense;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table the customizer declares, the deployments it refuses, and the store on H2, the example's embedded default. */
class LoadCurveSchemaTest {

    @Test
    void theUniqueConstraintCoversClientPrmAttributesAndVersion() {
        try (LoadCurveStores stores = new LoadCurveStores()) {
            assertEquals(List.of("client_id", "prm", "curve_year", "version"),
                    stores.jdbc(connection -> SchemaChecks.uniqueConstraints(connection, "yearcurve")).get("yearcurve_uniq"));
            stores.clearAll();
            stores.run(YearCurve.class, s -> s.setLc("a", dense(JAN_1, HOUR, 1), 1, LoadCurveWrite.inPlace()
                    .withAttributes(SeriesKey.of("year", 2024))));
            IllegalStateException duplicate = assertThrows(IllegalStateException.class, () -> stores.jdbc(connection -> {
                try (PreparedStatement ps = connection.prepareStatement("INSERT INTO yearcurve (id, client_id, prm, curve_year, version,"
                        + " last_modified, created_at, dtype, data) SELECT id + 1000000, client_id, prm, curve_year, version,"
                        + " last_modified, created_at, dtype, data FROM yearcurve")) {
                    return ps.executeUpdate();
                }
            }), "a second row of (client, prm, year, version)");
            assertTrue(duplicate.getCause().getMessage().contains("yearcurve_uniq"), duplicate.getCause().getMessage());
        }
    }

    @Test
    void anUnknownZoneFailsTheDeploymentNamingTheEntity() {
        InvalidStoreDefinitionException e = SchemaChecks.deploymentFailure("holcstore-loadcurve-bad-zone");
        assertTrue(e.getMessage().contains(BadZoneCurve.class.getName()) && e.getMessage().contains("@StoreZone")
                && e.getMessage().contains("Mars/Olympus_Mons"), e.getMessage());
    }

    @Test
    void anAttributeThatIsNotABasicColumnFailsTheDeploymentNamingIt() {
        InvalidStoreDefinitionException e = SchemaChecks.deploymentFailure("holcstore-loadcurve-bad-attribute");
        assertTrue(e.getMessage().contains(RelationCurve.class.getName()) && e.getMessage().contains("'tags'"), e.getMessage());
    }

    @Test
    void theCoreScenarioRunsOnH2() {
        try (LoadCurveStores stores = new LoadCurveStores(PostgresStores.h2Properties("loadcurve-core"))) {
            stores.clearAll();
            LoadCurveWrite of2024 = LoadCurveWrite.newVersion().by("prm", "year").withAttributes(SeriesKey.of("year", 2024));
            assertEquals(OptionalInt.of(0), stores.inTransaction(YearCurve.class, s -> s.setLc("a", constant(JAN_1, DAY, 5, 1), 1, of2024)));
            assertEquals(OptionalInt.of(1), stores.inTransaction(YearCurve.class,
                    s -> s.setLc("a", dense(JAN_1.plus(DAY), DAY, 2, Double.NaN), 1, of2024)));
            stores.run(YearCurve.class, s -> s.setLc("a", constant(JAN_1, DAY, 5, 9), 1,
                    LoadCurveWrite.inPlace().withAttributes(SeriesKey.of("year", 2025))));
            Map<String, List<LoadCurveEntry>> read = stores.inTransaction(YearCurve.class, s -> s.getManyLc(List.of("a", "b"), 1,
                    LoadCurveQuery.combined().filters(SeriesKey.of("year", 2024))));
            assertEquals(List.of(), read.get("b"));
            LoadCurveEntry a = read.get("a").get(0);
            assertEquals(1, a.version());
            assertEquals(List.of(1.0, 2.0, 1.0, 1.0, 1.0), java.util.Arrays.stream(a.series().values()).boxed().toList());
            assertEquals(3L, (long) stores.inTransaction(YearCurve.class, s -> s.count(1)));
            assertEquals(Map.of("a", List.of()), stores.inTransaction(YearCurve.class, s -> s.findHoles(1, JAN_1, JAN_1.plus(Duration.ofDays(4)), DAY,
                    HoleSearch.everyPrm().reading(LoadCurveQuery.combined().filters(SeriesKey.of("year", 2024))))));
            assertEquals(1, (int) stores.inTransaction(YearCurve.class, s -> s.clearVersion(List.of("a"), 1, 0, SeriesKey.of("year", 2024))));
            assertEquals(2L, (long) stores.inTransaction(YearCurve.class, s -> s.count(1)));
        }
    }
}
