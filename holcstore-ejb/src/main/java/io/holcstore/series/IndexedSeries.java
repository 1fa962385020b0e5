package io.holcstore.series;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;

/**
 * A series with its own index: values at strictly increasing instants, which need not be evenly spaced, kept to the
 * millisecond; {@code NaN} marks a missing value. It is what the stores of whole series (one blob per series, regular
 * or not) read back, as a pandas series with its {@code DatetimeIndex} is in the Python reference. The zone only says
 * how to render instants.
 *
 * <p>Immutable. Instants are held as epoch milliseconds and values as doubles, in two primitive arrays: operations
 * never box a point.
 */
public final class IndexedSeries implements Iterable<SeriesPoint> {
    /** 0001-01-01T00:00:00Z: the first instant a stored series holds, as the chunk store's first year. */
    public static final long MIN_EPOCH_MILLI = ZonedDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC")).toInstant().toEpochMilli();
    /** 9999-12-31T23:59:59.999Z: the last instant a stored series holds. */
    public static final long MAX_EPOCH_MILLI = ZonedDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC")).toInstant().toEpochMilli() - 1;

    private final long[] epochMillis;
    private final double[] values;
    private final ZoneId zone;

    private IndexedSeries(long[] epochMillis, double[] values, ZoneId zone) {
        this.epochMillis = epochMillis;
        this.values = values;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A series of no point. */
    public static IndexedSeries empty(ZoneId zone) {
        return new IndexedSeries(new long[0], new double[0], zone);
    }

    /**
     * The points of a written series in time order: dense, irregular in any order, or local date-times read in
     * {@code zone}, which also renders the result.
     *
     * @throws DuplicateTimestampException  naming the first instant given twice
     * @throws UnstorableInstantException   naming the first instant finer than a millisecond or outside years 1–9999
     * @throws InvalidLocalTimeException    naming the first local date-time that is not exactly one instant in the zone
     */
    public static IndexedSeries of(Series written, ZoneId zone) {
        Objects.requireNonNull(written, "series");
        Objects.requireNonNull(zone, "zone");
        if (written instanceof DenseSeries dense) {
            return ofDense(dense, zone);
        }
        if (written instanceof IrregularSeries irregular) {
            return ofIrregular(irregular, zone);
        }
        return ofIrregular(((LocalSeries) written).inZone(zone), zone); // Series is sealed: nothing else remains

    }

    /**
     * A series over the caller's arrays, without copying them: the caller hands them over and must not change them
     * afterwards. For decoders and the series operations, which build the arrays themselves.
     *
     * @throws IllegalArgumentException if the arrays differ in length or the instants do not strictly increase
     */
    public static IndexedSeries adopting(long[] epochMillis, double[] values, ZoneId zone) {
        if (epochMillis.length != values.length) {
            throw new IllegalArgumentException("an indexed series needs one value per instant: " + epochMillis.length
                    + " instants, " + values.length + " values");
        }
        for (int i = 1; i < epochMillis.length; i++) {
            if (epochMillis[i] <= epochMillis[i - 1]) {
                throw new IllegalArgumentException("instants must strictly increase: position " + i + " ("
                        + Instant.ofEpochMilli(epochMillis[i]) + ") follows " + Instant.ofEpochMilli(epochMillis[i - 1]));
            }
        }
        return new IndexedSeries(epochMillis, values, zone);
    }

    private static IndexedSeries ofDense(DenseSeries dense, ZoneId zone) {
        int size = dense.size();
        long[] millis = new long[size];
        if (size > 0) {
            Instant first = dense.start();
            long start = storableMillis(first);
            long step = dense.step().toMillis();
            if (Duration.ofMillis(step).compareTo(dense.step()) != 0) {
                throw UnstorableInstantException.finerThanMillisecond(size > 1 ? dense.instantAt(1) : first);
            }
            storableMillis(dense.end()); // the last instant bounds them all
            for (int i = 0; i < size; i++) {
                millis[i] = start + i * step;
            }
        }
        return new IndexedSeries(millis, dense.values(), zone);
    }

    private static IndexedSeries ofIrregular(IrregularSeries irregular, ZoneId zone) {
        int size = irregular.size();
        long[] millis = new long[size];
        boolean sorted = true;
        for (int i = 0; i < size; i++) {
            millis[i] = storableMillis(irregular.instantAt(i));
            sorted &= i == 0 || millis[i] > millis[i - 1];
        }
        double[] values = new double[size];
        if (sorted) {
            for (int i = 0; i < size; i++) {
                values[i] = irregular.valueAt(i);
            }
            return new IndexedSeries(millis, values, zone);
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        // Stable: of two equal instants, the first given is the one named in the error below.
        Arrays.sort(order, (a, b) -> Long.compare(millis[a], millis[b]));
        long[] sortedMillis = new long[size];
        for (int i = 0; i < size; i++) {
            sortedMillis[i] = millis[order[i]];
            values[i] = irregular.valueAt(order[i]);
            if (i > 0 && sortedMillis[i] == sortedMillis[i - 1]) {
                throw new DuplicateTimestampException(Instant.ofEpochMilli(sortedMillis[i]));
            }
        }
        return new IndexedSeries(sortedMillis, values, zone);
    }

    private static long storableMillis(Instant instant) {
        if (instant.getEpochSecond() < MIN_EPOCH_MILLI / 1000 || instant.getEpochSecond() > MAX_EPOCH_MILLI / 1000) {
            throw UnstorableInstantException.outOfRange(instant);
        }
        if (instant.getNano() % 1_000_000 != 0) {
            throw UnstorableInstantException.finerThanMillisecond(instant);
        }
        return instant.toEpochMilli();
    }

    public int size() {
        return values.length;
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    /** The zone instants are rendered in. */
    public ZoneId zone() {
        return zone;
    }

    public long epochMilliAt(int i) {
        return epochMillis[i];
    }

    public Instant instantAt(int i) {
        return Instant.ofEpochMilli(epochMillis[i]);
    }

    public double valueAt(int i) {
        return values[i];
    }

    /** A copy of the instants, as epoch milliseconds. */
    public long[] epochMillis() {
        return epochMillis.clone();
    }

    /** A copy of the values. */
    public double[] values() {
        return values.clone();
    }

    /** Whether at least one value is not missing. */
    public boolean hasValue() {
        for (double value : values) {
            if (!Double.isNaN(value)) {
                return true;
            }
        }
        return false;
    }

    /** The same points rendered in another zone. */
    public IndexedSeries withZone(ZoneId otherZone) {
        return new IndexedSeries(epochMillis, values, otherZone);
    }

    /** The points whose instants lie in {@code [from, to]}; a null bound leaves that side open. */
    public IndexedSeries slice(Instant from, Instant to) {
        int first = from == null ? 0 : firstAtOrAfter(ceilMillis(from));
        int last = to == null ? values.length : firstAtOrAfter(floorMillis(to) + 1);
        return range(first, Math.max(first, last));
    }

    /**
     * The series without the points of its first {@code delay}: those before {@code firstInstant + delay} (the
     * reference's {@code slice_with_delay}). A zero delay, or an empty series, returns this series.
     *
     * @throws IllegalArgumentException if the delay is negative
     */
    public IndexedSeries withoutFirst(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a delay cannot be negative, got " + delay);
        }
        if (isEmpty() || delay.isZero()) {
            return this;
        }
        return slice(Instant.ofEpochMilli(epochMillis[0]).plus(delay), null);
    }

    /** The series without its leading and trailing missing values. */
    public IndexedSeries trimNaN() {
        int first = 0;
        while (first < values.length && Double.isNaN(values[first])) {
            first++;
        }
        int last = values.length;
        while (last > first && Double.isNaN(values[last - 1])) {
            last--;
        }
        return range(first, last);
    }

    /** The series without any missing value. */
    public IndexedSeries dropNaN() {
        int kept = 0;
        for (double value : values) {
            kept += Double.isNaN(value) ? 0 : 1;
        }
        if (kept == values.length) {
            return this;
        }
        long[] keptMillis = new long[kept];
        double[] keptValues = new double[kept];
        for (int i = 0, k = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                keptMillis[k] = epochMillis[i];
                keptValues[k++] = values[i];
            }
        }
        return new IndexedSeries(keptMillis, keptValues, zone);
    }

    /**
     * This series patched with another (pandas {@code combine_first}): over the union of both indexes, this series'
     * value where it has one, the other's elsewhere. Rendered in this series' zone. One merge pass, no sorting.
     */
    public IndexedSeries combineFirst(IndexedSeries fallback) {
        if (fallback.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return fallback.withZone(zone);
        }
        long[] millis = new long[values.length + fallback.values.length];
        double[] merged = new double[millis.length];
        int i = 0;
        int j = 0;
        int k = 0;
        // While both have points, then the tail of the one left: the hot loop keeps no end-of-array tests of its own
        // (a combined read of versions spends most of its CPU here).
        while (i < values.length && j < fallback.values.length) {
            long mine = epochMillis[i];
            long theirs = fallback.epochMillis[j];
            if (mine < theirs) {
                millis[k] = mine;
                merged[k++] = values[i++];
            } else if (theirs < mine) {
                millis[k] = theirs;
                merged[k++] = fallback.values[j++];
            } else {
                millis[k] = mine;
                merged[k++] = Double.isNaN(values[i]) ? fallback.values[j] : values[i];
                i++;
                j++;
            }
        }
        int mineLeft = values.length - i;
        System.arraycopy(epochMillis, i, millis, k, mineLeft);
        System.arraycopy(values, i, merged, k, mineLeft);
        k += mineLeft;
        int theirsLeft = fallback.values.length - j;
        System.arraycopy(fallback.epochMillis, j, millis, k, theirsLeft);
        System.arraycopy(fallback.values, j, merged, k, theirsLeft);
        k += theirsLeft;
        return k == millis.length ? new IndexedSeries(millis, merged, zone)
                : new IndexedSeries(Arrays.copyOf(millis, k), Arrays.copyOf(merged, k), zone);
    }

    /** Calls the consumer for every point, missing ones included, in time order. */
    public void forEach(PointConsumer consumer) {
        Points.forEach(values, this::instantAt, consumer);
    }

    @Override
    public Iterator<SeriesPoint> iterator() {
        return Points.iterator(values, this::instantAt);
    }

    /** Index of the first point at or after the epoch millisecond, in {@code [0, size]}. */
    private int firstAtOrAfter(long epochMilli) {
        int found = Arrays.binarySearch(epochMillis, epochMilli);
        return found >= 0 ? found : -found - 1;
    }

    private IndexedSeries range(int from, int to) {
        if (from == 0 && to == values.length) {
            return this;
        }
        return new IndexedSeries(Arrays.copyOfRange(epochMillis, from, to), Arrays.copyOfRange(values, from, to), zone);
    }

    /** The bound as epoch milliseconds, saturated far away and rounded up: a bound between two points keeps the later. */
    private static long ceilMillis(Instant bound) {
        long floor = floorMillis(bound);
        boolean fraction = bound.getNano() % 1_000_000 != 0;
        return fraction && floor < Long.MAX_VALUE ? floor + 1 : floor;
    }

    private static long floorMillis(Instant bound) {
        if (bound.getEpochSecond() > MAX_EPOCH_MILLI / 1000) {
            return Long.MAX_VALUE - 1;
        }
        if (bound.getEpochSecond() < MIN_EPOCH_MILLI / 1000) {
            return Long.MIN_VALUE;
        }
        return bound.getEpochSecond() * 1000 + bound.getNano() / 1_000_000;
    }

    /** Same instants, values and zone ({@code NaN} equals {@code NaN}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof IndexedSeries other && zone.equals(other.zone)
                && Arrays.equals(epochMillis, other.epochMillis) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return (zone.hashCode() * 31 + Arrays.hashCode(epochMillis)) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return isEmpty() ? "IndexedSeries[empty, zone=" + zone + "]"
                : "IndexedSeries[from=" + instantAt(0).atZone(zone) + ", to=" + instantAt(size() - 1).atZone(zone)
                + ", size=" + size() + "]";
    }
}
