package io.holcstore.mapping;

import io.holcstore.store.SeriesKey;
import io.holcstore.testing.SchemaChecks;
import io.holcstore.testing.SiteParisSeries;
import io.holcstore.testing.TimeseriesStoreTestBase;
import io.holcstore.testing.YearKindSeries;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        String table = table(YearKindSeries.class);
        assertEquals(Map.of(table + "_uniq", List.of("kind", "series_year")), db.jdbc(c -> SchemaChecks.uniqueConstraints(c, table)),
                "fields kind, year in name order; year's own column name");
    }

    @Test
    void onPostgresqlTheBlobsAreStoredUncompressedFromTheStoresFirstUse() {
        // Blobs are LZ4 already: PostgreSQL's own compression attempt would only cost CPU on every write.
        db.inTransaction(YearKindSeries.class, store -> store.count(SeriesKey.all()));
        String storage = db.jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT attstorage FROM pg_attribute WHERE attrelid = to_regclass(?) AND attname = ?")) {
                ps.setString(1, table(YearKindSeries.class));
                ps.setString(2, db.mapping(YearKindSeries.class).dataColumn().toLowerCase(Locale.ROOT));
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    return rs.getString(1);
                }
            }
        });
        assertEquals("e", storage, "EXTERNAL");
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

    @Test
    void aStoreWithoutKeyFieldFailsTheDeploymentNamingIt() {
        String message = SchemaChecks.deploymentFailure("holcstore-timeseries-keyless").getMessage();
        assertTrue(message.contains(KeylessSeries.class.getName()) && message.contains("key field"), message);
    }

    @Test
    void anUnknownZoneFailsTheDeploymentNamingIt() {
        String message = SchemaChecks.deploymentFailure("holcstore-timeseries-bad-zone").getMessage();
        assertTrue(message.contains(BadZoneSeries.class.getName()) && message.contains("Mars/Olympus_Mons")
                && message.contains("@StoreZone"), message);
    }
}
