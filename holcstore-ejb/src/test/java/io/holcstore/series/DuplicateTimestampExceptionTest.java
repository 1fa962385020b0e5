package io.holcstore.series;

import io.holcstore.HolcStoreException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class DuplicateTimestampExceptionTest {

    @Test
    void messageNamesTheRepeatedTimestamp() {
        var e = new DuplicateTimestampException(Instant.parse("2025-10-26T00:00:00Z"));

        assertEquals("timestamp 2025-10-26T00:00:00Z appears more than once in the written series; nothing was written",
                e.getMessage());
        assertEquals(Instant.parse("2025-10-26T00:00:00Z"), e.timestamp());
    }

    @Test
    void isAHolcStoreException() {
        assertInstanceOf(HolcStoreException.class, new DuplicateTimestampException(Instant.EPOCH));
    }
}
