package io.holcstore.series;

import java.time.Instant;
import java.util.Arrays;

/** Values at arbitrary instants, in any order. Immutable. */
public final class IrregularSeries implements Series {
    private final Instant[] instants;
    private final double[] values;

    private IrregularSeries(Instant[] instants, double[] values) {
        if (instants.length != values.length) {
            throw new IllegalArgumentException(
                    "an irregular series needs one value per instant: " + instants.length + " instants, " + values.length + " values");
        }
        for (int i = 0; i < instants.length; i++) {
            if (instants[i] == null) {
                throw new IllegalArgumentException("instant at position " + i + " is null");
            }
        }
        this.instants = instants;
        this.values = values;
    }

    public static IrregularSeries of(Instant[] instants, double[] values) {
        return new IrregularSeries(instants.clone(), values.clone());
    }

    @Override
    public int size() {
        return values.length;
    }

    public Instant instantAt(int i) {
        return instants[i];
    }

    public double valueAt(int i) {
        return values[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IrregularSeries other
                && Arrays.equals(instants, other.instants) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(instants) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "IrregularSeries[size=" + size() + "]";
    }
}
