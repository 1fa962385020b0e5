package io.holcstore.store.jdbc;

import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.StoreFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the store test classes: one EntityManagerFactory on PostgreSQL per test class, every store
 * table emptied before each test.
 */
abstract class StoreTestBase {
    static PostgresStores db;

    @BeforeAll
    static void openDatabase() {
        db = new PostgresStores();
    }

    @AfterAll
    static void closeDatabase() {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    @BeforeEach
    void clearTables() {
        StoreFixtures.ALL_STORES.forEach(db::clear);
    }
}
