package io.holcstore.store.loadcurve;

import io.holcstore.testing.LoadCurveStores;
import io.holcstore.testing.MeterCurve;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On PostgreSQL the data column of a load-curve table is stored EXTERNAL (blobs are LZ4 already: PostgreSQL's own
 * compression would only cost server CPU) from the store's first use, made on a connection of the store's own.
 */
class LoadCurveStorageTest {

    @Test
    void theFirstUseOfAStoreStoresItsDataColumnExternal() {
        // A new unit drops and creates the tables: the data column is back to PostgreSQL's default, EXTENDED.
        try (LoadCurveStores fresh = new LoadCurveStores()) {
            assertEquals("x", storage(fresh));
            assertEquals(List.of(), fresh.inTransaction(MeterCurve.class, store -> store.getLc("p", 1)));
            assertEquals("e", storage(fresh));
        }
    }

    /** {@code pg_attribute.attstorage} of the data column: x (extended, the default) or e (external). */
    private static String storage(LoadCurveStores stores) {
        return stores.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT attstorage FROM pg_attribute WHERE attrelid = to_regclass('metercurve') AND attname = 'data'")) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }
}
