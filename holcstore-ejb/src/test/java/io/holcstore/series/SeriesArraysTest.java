package io.holcstore.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Combine-first on aligned arrays, the one implementation the series types and the store share. */
class SeriesArraysTest {
    private static final double NaN = Double.NaN;

    @Test
    void takesThePreferredValueWhereItHasOneAndTheFallbackElsewhere() {
        double[] preferred = {1, NaN, 3, NaN};
        double[] fallback = {10, 20, NaN, NaN};

        assertArrayEquals(new double[] {1, 20, 3, NaN}, SeriesArrays.combineFirst(preferred, fallback));
        assertArrayEquals(new double[] {1, NaN, 3, NaN}, preferred, "the arguments are not changed");
        assertArrayEquals(new double[] {10, 20, NaN, NaN}, fallback, "the arguments are not changed");
    }

    @Test
    void arraysOfDifferentLengthsAreNotAligned() {
        assertThrows(IllegalArgumentException.class, () -> SeriesArrays.combineFirst(new double[2], new double[3]));
    }
}
