package io.holcstore.series;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IrregularSeriesTest {
    private static final Instant A = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant B = Instant.parse("2024-06-15T12:34:56Z");
    private static final Instant C = Instant.parse("2025-03-30T01:00:00Z");

    @Test
    void keepsThePointsInTheGivenOrder() {
        IrregularSeries series = IrregularSeries.of(new Instant[] {A, B, C}, new double[] {1, Double.NaN, 3});

        assertEquals(3, series.size());
        assertEquals(A, series.instantAt(0));
        assertEquals(B, series.instantAt(1));
        assertEquals(C, series.instantAt(2));
        assertEquals(1, series.valueAt(0));
        assertTrue(Double.isNaN(series.valueAt(1)));
        assertEquals(3, series.valueAt(2));
    }

    @Test
    void copiesTheCallersArrays() {
        Instant[] instants = {A, B};
        double[] values = {1, 2};
        IrregularSeries series = IrregularSeries.of(instants, values);

        instants[0] = C;
        values[0] = 99;

        assertEquals(A, series.instantAt(0));
        assertEquals(1, series.valueAt(0));
    }

    @Test
    void emptySeriesIsAllowed() {
        assertEquals(0, IrregularSeries.of(new Instant[0], new double[0]).size());
    }

    @Test
    void lengthMismatchIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IrregularSeries.of(new Instant[] {A, B}, new double[] {1}));

        assertTrue(e.getMessage().contains("2 instants, 1 values"), e.getMessage());
    }

    @Test
    void nullInstantIsRefusedWithItsPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IrregularSeries.of(new Instant[] {A, null}, new double[] {1, 2}));

        assertTrue(e.getMessage().contains("position 1"), e.getMessage());
    }

    @Test
    void equalityComparesInstantsAndValuesWithNaNEqualToNaN() {
        IrregularSeries a = IrregularSeries.of(new Instant[] {A, B}, new double[] {1, Double.NaN});
        IrregularSeries same = IrregularSeries.of(new Instant[] {A, B}, new double[] {1, Double.NaN});

        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        assertNotEquals(a, IrregularSeries.of(new Instant[] {B, A}, new double[] {1, Double.NaN}));
        assertNotEquals(a, IrregularSeries.of(new Instant[] {A, B}, new double[] {1, 2}));
        assertNotEquals(a, null);
    }

    @Test
    void toStringGivesTheSize() {
        assertEquals("IrregularSeries[size=2]", IrregularSeries.of(new Instant[] {A, B}, new double[] {1, 2}).toString());
    }
}
