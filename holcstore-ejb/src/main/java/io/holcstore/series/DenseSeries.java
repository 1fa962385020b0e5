package io.holcstore.series;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;

/**
 * A dense, regular series: {@code values[i]} is the value at {@code start + i * step};
 * {@code NaN} marks a missing value. The zone only says how to render instants.
 *
 * <p>Immutable. Operations work on the primitive array and never box values.
 */
public final class DenseSeries implements Series, Iterable<SeriesPoint> {
    private final Instant start;
    private final Duration step;
    private final ZoneId zone;
    private final double[] values;

    private DenseSeries(Instant start, Duration step, ZoneId zone, double[] values) {
        this.start = Objects.requireNonNull(start, "start");
        this.step = Objects.requireNonNull(step, "step");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.values = Objects.requireNonNull(values, "values");
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("step must be positive, got " + step);
        }
    }

    /** A series rendered in UTC; the values are copied. */
    public static DenseSeries of(Instant start, Duration step, double... values) {
        return of(start, step, ZoneId.of("UTC"), values);
    }

    /** The values are copied. */
    public static DenseSeries of(Instant start, Duration step, ZoneId zone, double... values) {
        return new DenseSeries(start, step, zone, values.clone());
    }

    /** A series starting at a local date-time of the given zone; the values are copied. */
    public static DenseSeries of(ZonedDateTime start, Duration step, double... values) {
        return new DenseSeries(start.toInstant(), step, start.getZone(), values.clone());
    }

    /**
     * A series over the caller's array without copying it: the caller hands the array over and
     * must not change it afterwards. For hot paths that build the array themselves.
     */
    public static DenseSeries adopting(Instant start, Duration step, ZoneId zone, double[] values) {
        return new DenseSeries(start, step, zone, values);
    }

    public static DenseSeries empty(Instant start, Duration step, ZoneId zone) {
        return new DenseSeries(start, step, zone, new double[0]);
    }

    public Instant start() {
        return start;
    }

    public Duration step() {
        return step;
    }

    public ZoneId zone() {
        return zone;
    }

    @Override
    public int size() {
        return values.length;
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    /** The instant of the last point; for an empty series, the instant before {@link #start()}. */
    public Instant end() {
        return instantAt(values.length - 1);
    }

    public Instant instantAt(int i) {
        return start.plusSeconds(step.getSeconds() * i).plusNanos((long) step.getNano() * i);
    }

    public double valueAt(int i) {
        return values[i];
    }

    /** A copy of the values. */
    public double[] values() {
        return values.clone();
    }

    /** Copies {@code count} values from position {@code from} into {@code target} at {@code targetFrom}. */
    public void copyValues(int from, double[] target, int targetFrom, int count) {
        System.arraycopy(values, from, target, targetFrom, count);
    }

    /** The same points rendered in another zone. */
    public DenseSeries withZone(ZoneId otherZone) {
        return new DenseSeries(start, step, otherZone, values);
    }

    /**
     * The points whose instants lie in {@code [from, to]}; a null bound leaves that side open.
     * Bounds need not be on the grid.
     */
    public DenseSeries slice(Instant from, Instant to) {
        int first = firstAtOrAfter(from);
        int last = to == null ? values.length : lastAtOrBefore(to) + 1;
        if (first == 0 && last == values.length) {
            return this;
        }
        if (first >= last) {
            return new DenseSeries(from == null ? start : instantAt(first), step, zone, new double[0]);
        }
        return range(first, last);
    }

    /** The series without its leading and trailing missing values. */
    public DenseSeries trimNaN() {
        int first = 0;
        while (first < values.length && Double.isNaN(values[first])) {
            first++;
        }
        int last = values.length;
        while (last > first && Double.isNaN(values[last - 1])) {
            last--;
        }
        return first == 0 && last == values.length ? this : range(first, last);
    }

    /**
     * This series patched with another: over the union of both ranges, this series' value
     * where it has one, the other's elsewhere (pandas {@code combine_first}). Both must share
     * the step and lie on the same grid.
     */
    public DenseSeries combineFirst(DenseSeries other) {
        if (!other.step.equals(step)) {
            throw new IllegalArgumentException("cannot combine series of steps " + step + " and " + other.step);
        }
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other.withZone(zone);
        }
        long shift = exactSteps(other.start);
        long first = Math.min(0, shift);
        int length = Math.toIntExact(Math.max(values.length, shift + other.values.length) - first);
        double[] preferred = new double[length];
        double[] fallback = new double[length];
        Arrays.fill(preferred, Double.NaN);
        Arrays.fill(fallback, Double.NaN);
        System.arraycopy(values, 0, preferred, (int) -first, values.length);
        System.arraycopy(other.values, 0, fallback, (int) (shift - first), other.values.length);
        return new DenseSeries(first == 0 ? start : other.start, step, zone, SeriesArrays.combineFirst(preferred, fallback));
    }

    /** Calls the consumer for every point, missing ones included, in time order. */
    public void forEach(PointConsumer consumer) {
        Points.forEach(values, this::instantAt, consumer);
    }

    @Override
    public Iterator<SeriesPoint> iterator() {
        return Points.iterator(values, this::instantAt);
    }

    /** Index of the first point at or after the instant, clamped to {@code [0, size]}; bounds far away never overflow. */
    private int firstAtOrAfter(Instant instant) {
        if (instant == null || !instant.isAfter(start)) {
            return 0;
        }
        if (instant.isAfter(end())) {
            return values.length;
        }
        return (int) ceilSteps(instant);
    }

    /** Index of the last point at or before the instant, clamped to {@code [-1, size - 1]}. */
    private int lastAtOrBefore(Instant instant) {
        if (instant.isBefore(start)) {
            return -1;
        }
        if (!instant.isBefore(end())) {
            return values.length - 1;
        }
        return (int) floorSteps(instant);
    }

    private DenseSeries range(int from, int to) {
        return new DenseSeries(instantAt(from), step, zone, Arrays.copyOfRange(values, from, to));
    }

    private long nanosFromStart(Instant instant) {
        return Duration.between(start, instant).toNanos();
    }

    private long ceilSteps(Instant instant) {
        return -Math.floorDiv(-nanosFromStart(instant), step.toNanos());
    }

    private long floorSteps(Instant instant) {
        return Math.floorDiv(nanosFromStart(instant), step.toNanos());
    }

    private long exactSteps(Instant instant) {
        long nanos = nanosFromStart(instant);
        if (nanos % step.toNanos() != 0) {
            throw new IllegalArgumentException("series starting at " + start + " and " + instant
                    + " do not lie on the same " + step + " grid");
        }
        return nanos / step.toNanos();
    }

    /** Same start, step, zone and values ({@code NaN} equals {@code NaN}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof DenseSeries other
                && start.equals(other.start) && step.equals(other.step) && zone.equals(other.zone)
                && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, step, zone) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "DenseSeries[start=" + start.atZone(zone) + ", step=" + step + ", size=" + values.length + "]";
    }
}
