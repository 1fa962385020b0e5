package io.holcstore.store.dialect;

import io.holcstore.store.SeriesKey;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.UUID;

/**
 * The hash buckets series locks are taken on: a bounded number of locks per table however many series a call
 * writes, at the price of two series of one bucket waiting for each other. Dialects lock them in ascending order, so
 * that calls that each lock once never deadlock.
 */
public final class SeriesBuckets {
    private SeriesBuckets() {
    }

    /** The distinct buckets of {@code keys} among {@code buckets}, ascending. */
    public static int[] of(Collection<SeriesKey> keys, int buckets) {
        return keys.stream().mapToInt(key -> of(key, buckets)).sorted().distinct().toArray();
    }

    /** The bucket of one series: a hash of its key's text, stable across JVMs and restarts. */
    public static int of(SeriesKey key, int buckets) {
        long hash = UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
        return (int) Math.floorMod(hash, (long) buckets);
    }
}
