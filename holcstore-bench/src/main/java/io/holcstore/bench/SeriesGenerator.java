package io.holcstore.bench;

import io.holcstore.series.DenseSeries;
import io.holcstore.store.KeyedSeries;
import io.holcstore.store.SeriesKey;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The workload's series, made on demand: series {@code i} is standard-normal values from a generator
 * seeded with {@code SEED + i}, so any series can be rebuilt alone and every phase sees the same data
 * without holding it (month_heavy is 840 MB of doubles).
 */
public final class SeriesGenerator {
    private static final long SEED = 20_200_101L;

    private final Workload workload;

    public SeriesGenerator(Workload workload) {
        this.workload = workload;
    }

    public DenseSeries series(int i) {
        return DenseSeries.adopting(workload.start(), workload.step(), workload.zone(), normals(i, workload.pointsPerSeries()));
    }

    /** {@code count} standard-normal values from a generator seeded with the benchmark's seed plus {@code offset}. */
    public static double[] normals(long offset, int count) {
        SplittableRandom random = new SplittableRandom(SEED + offset);
        double[] values = new double[count];
        for (int p = 0; p < values.length; p++) {
            values[p] = random.nextGaussian();
        }
        return values;
    }

    /** Every series with its key, each made when the iteration reaches it. */
    public Iterable<KeyedSeries> all() {
        return () -> IntStream.range(0, workload.seriesCount())
                .mapToObj(i -> new KeyedSeries(workload.key(i), series(i)))
                .iterator();
    }

    /** Series {@code [from, to)} by key, in series order. */
    public Map<SeriesKey, DenseSeries> batch(int from, int to) {
        Map<SeriesKey, DenseSeries> batch = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            batch.put(workload.key(i), series(i));
        }
        return batch;
    }

    /**
     * Every series in batches of at most {@code size}: only one batch need be alive at a time. Each
     * batch is generated when {@code next()} is called, so callers time around their own work only.
     */
    public Iterable<Map<SeriesKey, DenseSeries>> batches(int size) {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < workload.seriesCount();
            }

            @Override
            public Map<SeriesKey, DenseSeries> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int to = Math.min(workload.seriesCount(), next + size);
                Map<SeriesKey, DenseSeries> batch = batch(next, to);
                next = to;
                return batch;
            }
        };
    }
}
