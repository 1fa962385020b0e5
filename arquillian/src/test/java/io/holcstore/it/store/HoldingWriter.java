package io.holcstore.it.store;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import io.holcstore.series.Series;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthUtcStore;

/**
 * Test-only EJB: writes to {@link MonthUtcStore} inside its own container transaction, then keeps that transaction
 * open (locks held, rows uncommitted) until released, so that a concurrent caller meets it for sure.
 */
@Stateless
public class HoldingWriter {

    @EJB
    private MonthUtcStoreBean store;

    /** {@code setTs} in this transaction, then waits for {@code release} before committing. */
    public int setTsAndHold(SeriesKey key, Series series, WriteMode mode, CountDownLatch written,
            CountDownLatch release) throws InterruptedException {
        int rows = store.setTs(key, series, mode);
        written.countDown();
        if (!release.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never released");
        }
        return rows;
    }
}
