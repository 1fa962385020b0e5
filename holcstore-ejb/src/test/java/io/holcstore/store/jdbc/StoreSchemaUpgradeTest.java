package io.holcstore.store.jdbc;

import io.holcstore.series.DenseSeries;
import io.holcstore.store.ChunkStoreException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.LegacySyncStore;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.PostgresStores.StoredRow;
import org.junit.jupiter.api.Test;

import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.assertMentions;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table made by an earlier version (no {@code upstream_updated_at}) is brought to the current scheme at the store's
 * first use, its data kept; one that cannot be fails the store with an error naming it. Each deployment is a
 * persistence unit of its own over the same table (holcstore-upgrade creates tables but never drops them).
 */
class StoreSchemaUpgradeTest {
    private static final String UNIT = "holcstore-upgrade";
    private static final Class<LegacySyncStore> STORE = LegacySyncStore.class;
    private static final SeriesKey KEPT = key(1, "kept");
    private static final SeriesKey DELETED = key(2, "deleted");

    @Test
    void aTableWithoutTheUpstreamColumnGetsItFilledWithItsStampsItsDataKept() {
        List<StoredRow> before;
        DenseSeries series;
        Instant lastUpdated;
        try (PostgresStores earlier = new PostgresStores(UNIT)) {
            earlier.clear(STORE);
            writeHistory(earlier);
            before = earlier.rows(STORE);
            series = earlier.inTransaction(STORE, s -> s.getTs(KEPT));
            lastUpdated = earlier.inTransaction(STORE, s -> s.lastUpdatedAt(SeriesKey.all()));
            sql(earlier, "ALTER TABLE {table} DROP COLUMN upstream_updated_at");
        }

        try (PostgresStores upgraded = new PostgresStores(UNIT)) {
            assertSeries(series, upgraded.inTransaction(STORE, s -> s.getTs(KEPT)));

            List<StoredRow> after = upgraded.rows(STORE);
            assertEquals(before.stream().map(StoredRow::withoutId).map(StoredRow::asSource).toList(),
                    after.stream().map(StoredRow::withoutId).map(StoredRow::asSource).toList(), "every row kept, tombstones included");
            assertEquals(before.stream().map(StoredRow::id).toList(), after.stream().map(StoredRow::id).toList(), "ids kept");
            assertTrue(after.stream().allMatch(row -> row.updatedAt().equals(row.upstreamUpdatedAt())),
                    "existing rows get their updated_at as upstream stamp");
            assertEquals(lastUpdated, upgraded.inTransaction(STORE, s -> s.pullStart("http://upstream/api/sync/x/", SeriesKey.all())),
                    "a mirror resumes where it stood");
        }

        try (PostgresStores again = new PostgresStores(UNIT)) {
            again.run(STORE, s -> s.setTs(KEPT, ramp(paris("2025-03-01T00:00"), HOUR, 2, 7), WriteMode.UPDATE));
            assertEquals(1, again.count(STORE, "WHERE upstream_updated_at IS NULL"), "an upgraded table is not upgraded again");
        }
    }

    @Test
    void aTableThatCannotBeUpgradedFailsTheStoreNamingIt() {
        String table;
        try (PostgresStores earlier = new PostgresStores(UNIT)) {
            earlier.clear(STORE);
            writeHistory(earlier);
            table = earlier.table(STORE);
            // A relation that takes no ALTER TABLE ... ADD COLUMN: a view over the table, without the column.
            sql(earlier, "ALTER TABLE {table} RENAME TO {table}_kept");
            sql(earlier, "CREATE VIEW {table} AS SELECT id, chunk_index, start_ts, dtype, updated_at, is_deleted, data, version, kind"
                    + " FROM {table}_kept");
        }
        try (PostgresStores broken = new PostgresStores(UNIT)) {
            ChunkStoreException e = assertThrows(ChunkStoreException.class, () -> broken.inTransaction(STORE, s -> s.getTs(KEPT)));

            assertMentions(e.getMessage(), "LegacySyncStore", table, "upstream_updated_at", "not usable");
            assertThrows(ChunkStoreException.class, () -> broken.inTransaction(STORE, s -> s.getTs(KEPT)), "every use, not only the first");
            sql(broken, "DROP VIEW {table}");
            sql(broken, "ALTER TABLE {table}_kept RENAME TO {table}");
            assertEquals(3, broken.inTransaction(STORE, s -> s.getTs(KEPT)).size(), "the table, once fixed, is used");
        }
    }

    @Test
    void onH2TooATableWithoutTheUpstreamColumnGetsItFilledWithItsStamps() {
        Map<String, Object> h2 = PostgresStores.h2Properties("holcstore-upgrade-test");
        DenseSeries series;
        try (PostgresStores earlier = new PostgresStores(UNIT, h2)) {
            earlier.run(STORE, s -> s.setTs(KEPT, ramp(paris("2025-01-31T22:00"), HOUR, 3, 1), WriteMode.UPDATE));
            series = earlier.inTransaction(STORE, s -> s.getTs(KEPT));
            sql(earlier, "ALTER TABLE {table} DROP COLUMN upstream_updated_at");
        }

        try (PostgresStores upgraded = new PostgresStores(UNIT, h2)) {
            assertSeries(series, upgraded.inTransaction(STORE, s -> s.getTs(KEPT)));
            assertEquals(2, upgraded.count(STORE, "WHERE upstream_updated_at = updated_at"),
                    "both chunks get their updated_at as upstream stamp");
        }
    }

    /** Three hours of one series and a deleted series (tombstones), written as an earlier version did. */
    private static void writeHistory(PostgresStores db) {
        db.run(STORE, s -> s.setTs(KEPT, ramp(paris("2025-01-31T22:00"), HOUR, 3, 1), WriteMode.UPDATE));
        db.run(STORE, s -> s.setTs(DELETED, ramp(paris("2025-01-01T00:00"), HOUR, 3, 1), WriteMode.UPDATE));
        db.run(STORE, s -> s.delete(DELETED, true));
    }

    private static void sql(PostgresStores db, String statement) {
        String table = db.table(STORE);
        db.jdbc(connection -> {
            try (Statement s = connection.createStatement()) {
                return s.execute(statement.replace("{table}", table));
            }
        });
    }
}
