package io.holcstore.bench;

import io.holcstore.series.DenseSeries;
import io.holcstore.series.IndexedSeries;

/**
 * Consumes what a read returns, value by value, so that no read is optimised away or left lazy, and
 * counts the points so that a short read shows.
 */
public final class Checksum {
    private long points;
    private double sum;

    public void add(DenseSeries series) {
        for (int i = 0; i < series.size(); i++) {
            sum += series.valueAt(i);
        }
        points += series.size();
    }

    public void add(IndexedSeries series) {
        for (int i = 0; i < series.size(); i++) {
            sum += series.valueAt(i);
        }
        points += series.size();
    }

    public void add(double[] values) {
        for (double value : values) {
            sum += value;
        }
        points += values.length;
    }

    public long points() {
        return points;
    }

    /** Fails when the read did not return every point of the workload. */
    public void expect(long expectedPoints, String what) {
        if (points != expectedPoints) {
            throw new IllegalStateException(what + " returned " + points + " points, expected " + expectedPoints);
        }
    }

    @Override
    public String toString() {
        return points + " points, sum " + sum;
    }
}
