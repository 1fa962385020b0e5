package io.holcstore.it.store;

import static io.holcstore.testing.StoreFixtures.QUARTER;
import static io.holcstore.testing.StoreFixtures.assertEmpty;
import static io.holcstore.testing.StoreFixtures.assertMentions;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.holcstore.codec.CorruptChunkException;
import io.holcstore.codec.UnknownDtypeException;
import io.holcstore.it.TestDeployments;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthUtcStore;
import io.holcstore.testing.PostgresStores.StoredRow;

/**
 * Stored data the library cannot read (written behind its back with native SQL) reaches EJB callers as the
 * library's own typed error naming the row, not wrapped in an EJBException, and marks the caller's transaction for
 * rollback, as every HolcStoreException does.
 */
@ExtendWith(ArquillianExtension.class)
class StoredDataErrorsIT {

    /** Two monthly chunks, January and February 2024. */
    private static final DenseSeries ACROSS_MONTHS = ramp(utc("2024-01-31T23:00"), QUARTER, 8, 1);

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.war("stored-data-errors")
                .entities(MonthUtcStore.class)
                .classes(MonthUtcStoreBean.class, ChunkRows.class)
                .fixtures()
                .build();
    }

    @EJB
    private MonthUtcStoreBean store;
    @EJB
    private ChunkRows rows;
    @Resource
    private UserTransaction transaction;

    @BeforeEach
    void emptyStore() {
        rows.clear(List.of(MonthUtcStore.class));
    }

    @Test
    void unknownDtypeReachesTheCallerUnwrappedAndRollsBackItsTransaction() throws Exception {
        SeriesKey k = key(1, "damaged");
        store.setTs(k, ACROSS_MONTHS, WriteMode.INSERT);
        StoredRow february = rows.rows(MonthUtcStore.class).get(1);
        assertEquals(1, rows.setDtype(MonthUtcStore.class, february.id(), "float16"));

        SeriesKey other = key(2, "written-before");
        transaction.begin();
        try {
            store.setTs(other, ACROSS_MONTHS, WriteMode.UPDATE);
            CorruptChunkException e = assertThrows(CorruptChunkException.class, () -> store.getTs(k));
            assertMentions(e.getMessage(), "row id " + february.id(), "MonthUtcStore", "'float16'");
            assertEquals("float16", assertInstanceOf(UnknownDtypeException.class, e.getCause()).dtype());
            assertEquals(Status.STATUS_MARKED_ROLLBACK, transaction.getStatus(), "the caller's transaction is doomed");
        } finally {
            transaction.rollback();
        }
        assertEmpty(store.getTs(other));
        assertEquals("float16", rows.rows(MonthUtcStore.class).get(1).dtype(), "the damaged row was left as it was");
    }

    @Test
    void corruptBlobReachesEveryReadUnwrapped() {
        SeriesKey k = key(1, "damaged");
        store.setTs(k, ACROSS_MONTHS, WriteMode.INSERT);
        StoredRow january = rows.rows(MonthUtcStore.class).get(0);
        assertEquals(1, rows.setData(MonthUtcStore.class, january.id(),
                "this is not an LZ4 frame".getBytes(StandardCharsets.US_ASCII)));

        String rowId = "row id " + january.id();
        assertMentions(assertThrows(CorruptChunkException.class, () -> store.getTs(k)).getMessage(), rowId, "MonthUtcStore");
        assertMentions(assertThrows(CorruptChunkException.class,
                () -> store.yieldManyTs(SeriesKey.all(), null, null, true, series -> { })).getMessage(), rowId);
        assertMentions(assertThrows(CorruptChunkException.class,
                () -> store.setTs(k, ramp(utc("2024-01-31T23:00"), QUARTER, 8, 50), WriteMode.UPDATE)).getMessage(), rowId);
        assertEquals(2, rows.rows(MonthUtcStore.class).size());
    }
}
