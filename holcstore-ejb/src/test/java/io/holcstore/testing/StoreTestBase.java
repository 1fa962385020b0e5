package io.holcstore.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the test classes on the test database: one persistence unit on PostgreSQL per test class ({@link #db}), every
 * store table and the stores' pull positions emptied before each test. A subclass's own {@code @BeforeEach} runs after
 * the emptying, so it may write its starting rows (under another name: one named {@code emptyStores} would replace it).
 */
public abstract class StoreTestBase {
    protected static PostgresStores db;

    @BeforeAll
    protected static void openDatabase() {
        db = new PostgresStores();
    }

    @AfterAll
    protected static void closeDatabase() {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    @BeforeEach
    protected void emptyStores() {
        StoreFixtures.ALL_STORES.forEach(db::clear);
    }
}
