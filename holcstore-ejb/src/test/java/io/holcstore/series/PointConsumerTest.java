package io.holcstore.series;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointConsumerTest {

    @Test
    void takesThePrimitiveValueSoNothingIsBoxed() throws NoSuchMethodException {
        Method accept = PointConsumer.class.getMethod("accept", Instant.class, double.class);

        assertEquals(void.class, accept.getReturnType());
        assertTrue(PointConsumer.class.isAnnotationPresent(FunctionalInterface.class));
        assertEquals(1, Arrays.stream(PointConsumer.class.getMethods())
                .filter(m -> java.lang.reflect.Modifier.isAbstract(m.getModifiers())).count());
    }

    @Test
    void aLambdaReceivesEveryPointOfADenseSeries() {
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        DenseSeries series = DenseSeries.of(start, Duration.ofMinutes(30), 1, 2, 4);
        long[] seconds = new long[3];
        double[] sum = {0};
        int[] calls = {0};

        PointConsumer consumer = (instant, value) -> {
            seconds[calls[0]++] = instant.getEpochSecond() - start.getEpochSecond();
            sum[0] += value;
        };
        series.forEach(consumer);

        assertEquals(3, calls[0]);
        assertArrayEquals(new long[] {0, 1800, 3600}, seconds);
        assertEquals(7, sum[0]);
    }
}
