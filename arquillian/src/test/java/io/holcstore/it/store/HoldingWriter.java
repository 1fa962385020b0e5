package io.holcstore.it.store;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import io.holcstore.series.Series;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;

/**
 * Test-only EJB of {@code ChunkStoreIT}: writes to {@link UtcMonthStore} inside its own transaction, then keeps that
 * transaction open (locks held, rows uncommitted) until released, so that a concurrent writer meets it for sure.
 */
@Stateless
public class HoldingWriter {

    @EJB
    private UtcMonthStoreBean store;

    /** {@code setTs} in this transaction, then waits for {@code release} before committing. */
    public int setTsAndHold(SeriesKey key, Series series, WriteMode mode, CountDownLatch written,
            CountDownLatch release) throws InterruptedException {
        int rows = store.setTs(key, series, mode);
        written.countDown();
        hold(release);
        return rows;
    }

    /** {@code setManyTs} in this transaction, then waits for {@code release} before committing. */
    public int setManyTsAndHold(Map<SeriesKey, ? extends Series> series, CountDownLatch written,
            CountDownLatch release) throws InterruptedException {
        int rows = store.setManyTs(series);
        written.countDown();
        hold(release);
        return rows;
    }

    private static void hold(CountDownLatch release) throws InterruptedException {
        if (!release.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never released");
        }
    }
}
