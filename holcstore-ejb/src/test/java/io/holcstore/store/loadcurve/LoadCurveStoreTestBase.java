package io.holcstore.store.loadcurve;

import io.holcstore.store.jdbc.JpaLoadCurveStore;
import io.holcstore.testing.LoadCurveStores;
import io.holcstore.testing.MeterCurve;
import io.holcstore.testing.YearCurve;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.util.function.Function;

/**
 * The fixture of the load-curve store tests on PostgreSQL: the test unit opened once per class, both test stores
 * ({@link MeterCurve}, without attributes, and {@link YearCurve}, with a {@code year} attribute) emptied before each
 * test (before a subclass's own {@code @BeforeEach}), and one transaction per store call.
 */
abstract class LoadCurveStoreTestBase {
    static LoadCurveStores stores;

    @BeforeAll
    static void openStores() {
        stores = new LoadCurveStores();
    }

    @AfterAll
    static void closeStores() {
        stores.close();
    }

    @BeforeEach
    void emptyStores() {
        stores.clearAll();
    }

    /** Runs {@code work} on the store without attributes in one transaction. */
    static <T> T meters(Function<JpaLoadCurveStore, T> work) {
        return stores.inTransaction(MeterCurve.class, work);
    }

    /** Runs {@code work} on the store with a {@code year} attribute in one transaction. */
    static <T> T years(Function<JpaLoadCurveStore, T> work) {
        return stores.inTransaction(YearCurve.class, work);
    }
}
