package io.holcstore.mapping;

import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.SiteParisSeries;
import io.holcstore.testing.TimeseriesStoreTestBase;
import io.holcstore.testing.YearKindSeries;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schema customizer of stores of whole series, on PostgreSQL: the unique constraint on the key columns sorted by
 * name, NOT NULL key columns, the zone; and the declarations that fail the deployment naming the entity.
 */
class TimeseriesStoreSchemaTest extends TimeseriesStoreTestBase {
    private static String table(Class<? extends TimeseriesRecord> entity) {
        return db.mapping(entity).table().toLowerCase(Locale.ROOT);
    }

    @Test
    void theKeyColumnsSortedByFieldNameAreUnique() {
        List<String> columns = db.jdbc(c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT con.conname, att.attname
                    FROM pg_constraint con
                    CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = k.attnum
                    WHERE con.conrelid = to_regclass(?) AND con.contype = 'u'
                    ORDER BY k.ord""")) {
                ps.setString(1, table(YearKindSeries.class));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        assertEquals(table(YearKindSeries.class) + "_uniq", rs.getString(1));
                        names.add(rs.getString(2));
                    }
                }
            }
            return names;
        });
        assertEquals(List.of("kind", "series_year"), columns, "fields kind, year in name order; year's own column name");
    }

    @Test
    void keyColumnsAreNotNull() {
        List<String> nullable = db.jdbc(c -> {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getColumns(null, "public", table(SiteParisSeries.class), null)) {
                while (rs.next()) {
                    if ("YES".equals(rs.getString("IS_NULLABLE"))) {
                        names.add(rs.getString("COLUMN_NAME"));
                    }
                }
            }
            return names;
        });
        assertEquals(List.of(), nullable, "keys, id, dtype and data are all NOT NULL");
    }

    @Test
    void theZoneIsUtcUnlessDeclared() {
        assertEquals(ZoneOffset.UTC, db.mapping(YearKindSeries.class).zone());
        assertEquals(ZoneId.of("Europe/Paris"), db.mapping(SiteParisSeries.class).zone());
    }

    private static InvalidStoreDefinitionException deploymentFailure(String unit) {
        Throwable failure = assertThrows(Throwable.class, () -> {
            EntityManagerFactory factory = Persistence.createEntityManagerFactory(unit, PostgresStores.jdbcProperties());
            try {
                factory.createEntityManager().close();
            } finally {
                factory.close();
            }
        }, "deploying " + unit + " should fail");
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidStoreDefinitionException invalid) {
                return invalid;
            }
        }
        throw new AssertionError("no InvalidStoreDefinitionException in the cause chain", failure);
    }

    @Test
    void aStoreWithoutKeyFieldFailsTheDeploymentNamingIt() {
        String message = deploymentFailure("holcstore-timeseries-keyless").getMessage();
        assertTrue(message.contains(KeylessSeries.class.getName()) && message.contains("key field"), message);
    }

    @Test
    void anUnknownZoneFailsTheDeploymentNamingIt() {
        String message = deploymentFailure("holcstore-timeseries-bad-zone").getMessage();
        assertTrue(message.contains(BadZoneSeries.class.getName()) && message.contains("Mars/Olympus_Mons")
                && message.contains("@StoreZone"), message);
    }
}
