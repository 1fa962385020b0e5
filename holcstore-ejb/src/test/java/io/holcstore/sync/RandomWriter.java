package io.holcstore.sync;

import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.OpenTransaction;
import io.holcstore.testing.PostgresStores;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.version;

/**
 * Random writes on a sync store of the test database, as the concurrency tests make them: each in a transaction of its
 * own, held open a random while after writing (a write in flight), so that commits come out of stamp order. A write
 * picks one of the given series, then one of four kinds in the proportions of a {@link Mix}: an update or a replace of
 * one to three whole months of January to April 2025 (chunks sharing one stamp, values unique to the write), a delete
 * of the series, or a delete of its whole version (tombstones sharing one stamp). Seeded by its {@link Random}; not
 * thread-safe: one thread per instance.
 */
final class RandomWriter {
    /** How often each kind of write is picked, relative to the others. */
    record Mix(int updates, int replaces, int seriesDeletes, int versionDeletes) {
        int total() {
            return updates + replaces + seriesDeletes + versionDeletes;
        }
    }

    /** January to April 2025: writes land in four monthly chunks. */
    private static final int MONTHS = 4;

    private final PostgresStores db;
    private final Class<? extends TimeseriesChunk> store;
    private final List<SeriesKey> series;
    private final Mix mix;
    private final int maxHoldMillis;
    private final Random random;

    /** @param maxHoldMillis the longest a write holds its transaction open after writing */
    RandomWriter(PostgresStores db, Class<? extends TimeseriesChunk> store, List<SeriesKey> series, Mix mix, int maxHoldMillis,
                 Random random) {
        this.db = db;
        this.store = store;
        this.series = List.copyOf(series);
        this.mix = mix;
        this.maxHoldMillis = maxHoldMillis;
        this.random = random;
    }

    /** Writes until {@code deadline} (a {@link System#nanoTime()}); returns how many writes it made. */
    int writeUntil(long deadline) throws InterruptedException {
        int writes = 0;
        while (System.nanoTime() < deadline) {
            writeOne();
            writes++;
        }
        return writes;
    }

    /** Makes {@code writes} writes; returns their number. */
    int write(int writes) throws InterruptedException {
        for (int w = 0; w < writes; w++) {
            writeOne();
        }
        return writes;
    }

    private void writeOne() throws InterruptedException {
        SeriesKey key = series.get(random.nextInt(series.size()));
        int kind = random.nextInt(mix.total());
        try (OpenTransaction tx = new OpenTransaction(db, store)) {
            if (kind < mix.updates()) {
                tx.run(s -> s.setTs(key, randomMonths(), WriteMode.UPDATE));
            } else if (kind < mix.updates() + mix.replaces()) {
                tx.run(s -> s.setTs(key, randomMonths(), WriteMode.REPLACE));
            } else if (kind < mix.updates() + mix.replaces() + mix.seriesDeletes()) {
                tx.run(s -> s.delete(key, true));
            } else {
                tx.run(s -> s.delete(version((Integer) key.get("version")), true));
            }
            Thread.sleep(random.nextInt(maxHoldMillis + 1));
            tx.commit();
        }
    }

    /** One to three whole months within January to April 2025, hourly, with values unique to this write. */
    private DenseSeries randomMonths() {
        int first = random.nextInt(MONTHS);
        int months = 1 + random.nextInt(Math.min(3, MONTHS - first));
        String start = String.format("2025-%02d-01T00:00", first + 1);
        String end = String.format("2025-%02d-01T00:00", first + months + 1);
        int hours = (int) Duration.between(paris(start), paris(end)).toHours();
        return ramp(paris(start), HOUR, hours, random.nextInt(1_000_000));
    }
}
