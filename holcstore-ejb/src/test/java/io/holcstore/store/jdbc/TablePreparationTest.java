package io.holcstore.store.jdbc;

import io.holcstore.store.WriteMode;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.YearParisStore;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.assertEmpty;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The PostgreSQL preparation of a chunk table (data column stored EXTERNAL) happens at a store's first
 * use, on a connection of its own: a first call in a read-only transaction works, and never makes
 * another session wait on the table (it once ran the ALTER in the caller's transaction, holding an
 * exclusive lock on the table until the caller committed).
 */
class TablePreparationTest {

    @Test
    void aFirstReadInAReadOnlyTransactionWorksPreparesTheTableAndBlocksNoOtherSession() {
        // A new persistence unit recreates the tables (drop-and-create): the data column is back to EXTENDED.
        try (PostgresStores fresh = new PostgresStores()) {
            assertEquals("x", storage(fresh));

            long othersCount = fresh.inTransaction(YearParisStore.class, (store, connection) -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET TRANSACTION READ ONLY");
                }
                assertEmpty(store.getTs(key(1, "a")));
                // While this transaction is still open, another session reads and writes the table at once.
                return CompletableFuture.supplyAsync(() -> fresh.jdbc(other -> {
                    try (Statement statement = other.createStatement()) {
                        statement.execute("SET LOCAL lock_timeout = '2s'");
                        statement.execute("INSERT INTO " + fresh.table(YearParisStore.class) + " (id, chunk_index, start_ts, dtype,"
                                + " updated_at, is_deleted, data, version, kind) VALUES (-1, 2024, now(), 'float64', now(), true, ''::bytea, 9, 'x')");
                        try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + fresh.table(YearParisStore.class))) {
                            rs.next();
                            return rs.getLong(1);
                        }
                    }
                })).orTimeout(10, TimeUnit.SECONDS).join();
            });

            assertEquals(1, othersCount);
            assertEquals("e", storage(fresh), "prepared on a connection of its own");
        }
    }

    @Test
    void aBusyTableIsLeftAsItIsAndTheStoreWorks() throws Exception {
        try (PostgresStores fresh = new PostgresStores()) {
            // Another session holds a lock on the table: the ALTER would wait for it; it gives up instead.
            CompletableFuture<Void> release = new CompletableFuture<>();
            CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> fresh.jdbc(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.executeQuery("SELECT count(*) FROM " + fresh.table(YearParisStore.class)).close();
                }
                release.join();
                return null;
            }));
            Thread.sleep(200); // the holder has its lock

            fresh.run(YearParisStore.class, s -> s.setTs(key(1, "a"), ramp(paris("2024-01-01T00:00"), HOUR, 3, 1), WriteMode.INSERT));
            release.complete(null);
            holder.get(10, TimeUnit.SECONDS);

            assertEquals("x", storage(fresh), "left as it was until the next deployment");
            assertEquals(3, fresh.inTransaction(YearParisStore.class, s -> s.getTs(key(1, "a"))).size());
        }
    }

    /** {@code pg_attribute.attstorage} of the data column: x (extended, the default) or e (external). */
    private static String storage(PostgresStores stores) {
        return stores.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT attstorage FROM pg_attribute WHERE attrelid = to_regclass(?) AND attname = 'data'")) {
                ps.setString(1, stores.table(YearParisStore.class));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }
}
