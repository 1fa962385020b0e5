package io.holcstore.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the test classes of the store of whole series on the test database, as {@link StoreTestBase} is for the
 * chunk store: one unit per test class ({@link #db}), both test stores ({@link YearKindSeries}, {@link SiteParisSeries})
 * emptied before each test. A subclass's own {@code @BeforeEach} runs after the emptying, so it may write its starting
 * rows (under another name: one named {@code emptyStores} would replace it).
 */
public abstract class TimeseriesStoreTestBase {
    protected static TimeseriesStores db;

    @BeforeAll
    protected static void openDatabase() {
        db = new TimeseriesStores();
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
        db.empty(YearKindSeries.class);
        db.empty(SiteParisSeries.class);
    }
}
