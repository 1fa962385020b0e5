package io.holcstore.series;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SeriesPointTest {
    private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void exposesInstantAndValue() {
        SeriesPoint point = new SeriesPoint(T, 4.5);

        assertEquals(T, point.instant());
        assertEquals(4.5, point.value());
    }

    @Test
    void missingValuesAreEqual() {
        assertEquals(new SeriesPoint(T, Double.NaN), new SeriesPoint(T, Double.NaN));
        assertEquals(new SeriesPoint(T, Double.NaN).hashCode(), new SeriesPoint(T, Double.NaN).hashCode());
    }

    @Test
    void differentInstantOrValueAreNotEqual() {
        SeriesPoint point = new SeriesPoint(T, 1);

        assertNotEquals(point, new SeriesPoint(T.plusSeconds(1), 1));
        assertNotEquals(point, new SeriesPoint(T, 2));
        assertNotEquals(point, new SeriesPoint(T, Double.NaN));
    }
}
