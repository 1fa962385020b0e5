package io.holcstore.it.store;

import static io.holcstore.testing.StoreFixtures.HALF_HOUR;
import static io.holcstore.testing.StoreFixtures.PARIS;
import static io.holcstore.testing.StoreFixtures.assertEmpty;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.neverUpdated;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.holcstore.it.TestDeployments;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.store.dialect.PortableDialect;
import io.holcstore.testing.SingleSeriesStore;

/**
 * Inside Payara, through the container's pooled data source, the library sees the PostgreSQL driver's classes and
 * inserts by binary COPY, as it says once per store in its log; and the first use of a store, when a read, writes
 * nothing in the caller's transaction (the table is prepared on a connection of its own).
 *
 * <p>The log line comes once per store and deployment: this class's store is used by its one test only.
 */
@ExtendWith(ArquillianExtension.class)
class InsertPathIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.war("insert-path")
                .entities(SingleSeriesStore.class)
                .classes(SingleSeriesStoreBean.class, ChunkRows.class)
                .fixtures()
                .build();
    }

    @EJB
    private SingleSeriesStoreBean store;
    @EJB
    private ChunkRows rows;
    @Resource
    private UserTransaction transaction;

    @Test
    void firstReadWritesNothingThenInsertsGoByCopyAndSaySoOnce() throws Exception {
        Logger dialectLog = Logger.getLogger(PortableDialect.class.getName());
        List<LogRecord> insertPath = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getMessage() != null && record.getMessage().contains("inserts rows by")) {
                    insertPath.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        dialectLog.addHandler(capture);
        try {
            rows.clear(List.of(SingleSeriesStore.class));
            transaction.begin();
            try {
                DenseSeries nothing = store.getTs(SeriesKey.all());
                assertEmpty(nothing);
                assertEquals(PARIS, nothing.zone());
                assertEquals(HALF_HOUR, nothing.step());
                assertEquals(neverUpdated(PARIS), store.lastUpdatedAt(SeriesKey.all()));
                assertNull(rows.writingTransactionId(), "the first use, a read, wrote nothing in the caller's transaction");
            } finally {
                transaction.rollback();
            }
            assertEquals("e", rows.dataStorage(SingleSeriesStore.class), "table prepared on a connection of its own");
            assertEquals(List.of(), insertPath, "a read inserts nothing");

            DenseSeries january = ramp(paris("2024-01-31T22:00"), HALF_HOUR, 4, 1);
            assertEquals(1, store.setTs(SeriesKey.all(), january, WriteMode.INSERT));
            DenseSeries february = ramp(paris("2024-02-01T00:00"), HALF_HOUR, 4, 10);
            assertEquals(1, store.setTs(SeriesKey.all(), february, WriteMode.UPDATE), "a new chunk: inserted again");
            assertSeries(stored(february.combineFirst(january), PARIS), store.getTs(SeriesKey.all()));
            assertEquals(2, rows.rows(SingleSeriesStore.class).size());

            assertEquals(1, insertPath.size(), () -> "one line per store: " + insertPath);
            LogRecord line = insertPath.get(0);
            assertEquals(Level.INFO, line.getLevel());
            assertEquals("store SingleSeriesStore (table " + rows.table(SingleSeriesStore.class)
                    + ") inserts rows by binary COPY", line.getMessage());
        } finally {
            dialectLog.removeHandler(capture);
        }
    }
}
