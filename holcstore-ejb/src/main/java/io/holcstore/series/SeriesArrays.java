package io.holcstore.series;

/**
 * Operations on the value arrays of series on one grid, where {@code NaN} is a missing value: shared by the series
 * types and by the store, which merges chunks as arrays.
 */
public final class SeriesArrays {
    private SeriesArrays() {
    }

    /**
     * pandas' {@code combine_first} on two aligned arrays: {@code preferred}'s value where it has one,
     * {@code fallback}'s elsewhere. Neither argument is changed.
     *
     * @throws IllegalArgumentException if the arrays differ in length (they would not be aligned)
     */
    public static double[] combineFirst(double[] preferred, double[] fallback) {
        if (preferred.length != fallback.length) {
            throw new IllegalArgumentException("cannot combine aligned arrays of " + preferred.length + " and "
                    + fallback.length + " values");
        }
        double[] combined = preferred.clone();
        for (int i = 0; i < combined.length; i++) {
            if (Double.isNaN(combined[i])) {
                combined[i] = fallback[i];
            }
        }
        return combined;
    }
}
