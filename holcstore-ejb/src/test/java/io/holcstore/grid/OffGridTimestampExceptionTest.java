package io.holcstore.grid;

import io.holcstore.HolcStoreException;
import jakarta.ejb.ApplicationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OffGridTimestampExceptionTest {
    private static final StoreGrid GRID = new StoreGrid(Duration.ofMinutes(15), ZoneId.of("Europe/Paris"), ChunkAxis.YEAR_MONTH);

    @Test
    void carriesTheOffendingTimestamp() {
        Instant t = Instant.parse("2025-01-01T00:07:00Z");

        assertEquals(t, new OffGridTimestampException(t, GRID).timestamp());
    }

    @Test
    void messageNamesTimestampStepAndZone() {
        String message = new OffGridTimestampException(Instant.parse("2025-01-01T00:07:00Z"), GRID).getMessage();

        assertEquals("timestamp 2025-01-01T00:07:00Z is not on the store grid (step PT15M from local midnight "
                + "in Europe/Paris); nothing was written", message);
    }

    @Test
    void isAHolcStoreExceptionThatRollsBack() {
        var e = new OffGridTimestampException(Instant.EPOCH, GRID);

        assertInstanceOf(HolcStoreException.class, e);
        assertInstanceOf(RuntimeException.class, e);
        ApplicationException annotation = HolcStoreException.class.getAnnotation(ApplicationException.class);
        assertTrue(annotation.rollback() && annotation.inherited());
    }
}
