package io.holcstore.store.jdbc;

import io.holcstore.series.IndexedSeries;
import io.holcstore.store.loadcurve.TimeRange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a curve misses data, the two ways the reference looks for it: holes on a regular grid ({@code find_holes})
 * and missing intervals of a range ({@code find_groups}). Pure functions of a series; ranges include both ends.
 */
final class LoadCurveGaps {
    private LoadCurveGaps() {
    }

    /**
     * The runs of the grid {@code from, from + freq, ...} (up to {@code to}) where {@code curve} has no value (no
     * point at that instant, or NaN), as (first, last) grid instants widened by {@code margin}; the whole
     * {@code [from, to]}, unwidened, when the curve has no point at all (as the reference does).
     */
    static List<TimeRange> holes(IndexedSeries curve, Instant from, Instant to, Duration freq, Duration margin) {
        if (curve.isEmpty()) {
            return List.of(new TimeRange(from, to));
        }
        List<TimeRange> holes = new ArrayList<>();
        long step = freq.toMillis();
        long end = to.toEpochMilli();
        int i = 0;
        long runStart = Long.MIN_VALUE;
        long last = Long.MIN_VALUE;
        for (long t = from.toEpochMilli(); t <= end; t += step) {
            while (i < curve.size() && curve.epochMilliAt(i) < t) {
                i++;
            }
            boolean missing = i == curve.size() || curve.epochMilliAt(i) != t || Double.isNaN(curve.valueAt(i));
            if (missing && runStart == Long.MIN_VALUE) {
                runStart = t;
            } else if (!missing && runStart != Long.MIN_VALUE) {
                holes.add(hole(runStart, last, margin));
                runStart = Long.MIN_VALUE;
            }
            last = t;
        }
        if (runStart != Long.MIN_VALUE) {
            holes.add(hole(runStart, last, margin));
        }
        return holes;
    }

    private static TimeRange hole(long first, long last, Duration margin) {
        return new TimeRange(Instant.ofEpochMilli(first), Instant.ofEpochMilli(last)).widen(margin);
    }

    /**
     * The intervals of {@code range} that {@code inRange} (a curve already cut to the range) misses, merged: all of
     * it when the curve has no value there; otherwise the part before its first value and the part after its last,
     * each when at least {@code freq} long and bounded by that value's instant (as the reference does), and each run
     * of its NaN points, from the run's first point to its last.
     */
    static List<TimeRange> missing(IndexedSeries inRange, TimeRange range, Duration freq) {
        IndexedSeries values = inRange.dropNaN();
        if (values.isEmpty()) {
            return List.of(range);
        }
        List<TimeRange> missing = new ArrayList<>();
        Instant first = values.instantAt(0);
        Instant last = values.instantAt(values.size() - 1);
        if (Duration.between(range.start(), first).compareTo(freq) >= 0) {
            missing.add(new TimeRange(range.start(), first));
        }
        if (Duration.between(last, range.end()).compareTo(freq) >= 0) {
            missing.add(new TimeRange(last, range.end()));
        }
        int runStart = -1;
        for (int i = 0; i <= inRange.size(); i++) {
            boolean nan = i < inRange.size() && Double.isNaN(inRange.valueAt(i));
            if (nan && runStart < 0) {
                runStart = i;
            } else if (!nan && runStart >= 0) {
                missing.add(new TimeRange(inRange.instantAt(runStart), inRange.instantAt(i - 1)));
                runStart = -1;
            }
        }
        return merge(missing);
    }

    /** The ranges sorted by start, those that overlap or touch merged into one. */
    static List<TimeRange> merge(List<TimeRange> ranges) {
        List<TimeRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.naturalOrder());
        List<TimeRange> merged = new ArrayList<>();
        for (TimeRange next : sorted) {
            int lastIndex = merged.size() - 1;
            if (lastIndex >= 0 && merged.get(lastIndex).overlaps(next)) {
                TimeRange current = merged.get(lastIndex);
                merged.set(lastIndex, new TimeRange(current.start(), current.end().isAfter(next.end()) ? current.end() : next.end()));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }
}
