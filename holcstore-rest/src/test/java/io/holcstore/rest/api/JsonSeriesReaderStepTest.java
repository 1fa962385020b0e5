package io.holcstore.rest.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.rest.error.MalformedBodyException;
import io.holcstore.series.DenseSeries;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The {@code step} of a dense JSON body: required by a store without a step of its own, checked by one with. */
class JsonSeriesReaderStepTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static DenseSeries readWithoutStoreStep(String json) {
        return assertInstanceOf(DenseSeries.class, new JsonSeriesReader(null, PARIS).read(JsonSeriesReaderTest.body(json)));
    }

    private static String malformed(JsonSeriesReader reader, String json) {
        return assertThrows(MalformedBodyException.class, () -> reader.read(JsonSeriesReaderTest.body(json)), json).getMessage();
    }

    @Test
    void aDenseBodyGivesItsStepToAStoreWithoutOne() {
        DenseSeries series = readWithoutStoreStep("{\"start\": \"2025-01-01T00:00\", \"step\": \"PT15M\", \"values\": [1, null]}");
        assertEquals(Instant.parse("2024-12-31T23:00:00Z"), series.start());
        assertEquals(Duration.ofMinutes(15), series.step());
        assertArrayEquals(new double[] {1, Double.NaN}, series.values());
    }

    @Test
    void aDenseBodyWithoutStepIsRefusedByAStoreWithoutOne() {
        String message = malformed(new JsonSeriesReader(null, PARIS), "{\"start\": \"2025-01-01T00:00\", \"values\": [1]}");
        assertTrue(message.contains("\"step\""), message);
    }

    @Test
    void aStepThatIsNoPositiveDurationIsRefused() {
        JsonSeriesReader reader = new JsonSeriesReader(null, PARIS);
        assertTrue(malformed(reader, "{\"start\": \"2025-01-01T00:00\", \"step\": \"hourly\", \"values\": [1]}").contains("'hourly'"));
        assertTrue(malformed(reader, "{\"start\": \"2025-01-01T00:00\", \"step\": \"PT0S\", \"values\": [1]}").contains("PT0S"));
        assertTrue(malformed(reader, "{\"start\": \"2025-01-01T00:00\", \"step\": \"-PT1H\", \"values\": [1]}").contains("-PT1H"));
        assertTrue(malformed(reader, "{\"start\": \"2025-01-01T00:00\", \"step\": 3600, \"values\": [1]}").contains("step"));
        assertTrue(malformed(reader, "{\"start\": \"2025-01-01T00:00\", \"step\": \"PT1H\", \"step\": \"PT1H\", \"values\": [1]}")
                .contains("twice"));
    }

    @Test
    void aStepWithAnIndexIsRefused() {
        String message = malformed(new JsonSeriesReader(null, PARIS),
                "{\"index\": [\"2025-01-01T00:00\"], \"step\": \"PT1H\", \"values\": [1]}");
        assertTrue(message.contains("\"step\" goes with \"start\""), message);
    }

    @Test
    void aChunkStoreTakesItsOwnStepAndRefusesAnother() {
        JsonSeriesReader reader = new JsonSeriesReader(JsonSeriesReaderTest.HOURLY_PARIS);
        DenseSeries same = assertInstanceOf(DenseSeries.class,
                reader.read(JsonSeriesReaderTest.body("{\"start\": \"2025-01-01T00:00\", \"step\": \"PT1H\", \"values\": [1]}")));
        assertEquals(Duration.ofHours(1), same.step());
        String message = malformed(reader, "{\"start\": \"2025-01-01T00:00\", \"step\": \"PT30M\", \"values\": [1]}");
        assertTrue(message.contains("PT30M") && message.contains("PT1H"), message);
    }
}
