package io.holcstore.store;

import java.time.Instant;

/**
 * The {@code updated_at} stamps a store takes from elsewhere (imported chunks, pull positions): within the years 1 to
 * 9999, which every supported database's timestamp column holds and ISO-8601 writes with four digits. A faulty
 * upstream sending a stamp beyond would otherwise become a pull's position, past which nothing is ever listed.
 */
public final class StampRange {
    /** The oldest stamp taken. */
    public static final Instant OLDEST = Instant.parse("0001-01-01T00:00:00Z");
    /** The newest stamp taken (timestamp columns keep microseconds). */
    public static final Instant NEWEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private StampRange() {
    }

    /** Whether {@code stamp} lies within {@link #OLDEST} and {@link #NEWEST}, both included. */
    public static boolean holds(Instant stamp) {
        return !stamp.isBefore(OLDEST) && !stamp.isAfter(NEWEST);
    }
}
