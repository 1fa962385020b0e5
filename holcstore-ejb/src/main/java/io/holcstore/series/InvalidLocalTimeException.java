package io.holcstore.series;

import io.holcstore.HolcStoreException;

import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A local date-time of a written series does not name one instant in the store zone: the zone skips it
 * (spring gap) or passes it twice (autumn overlap). The store never guesses which instant was meant.
 */
public class InvalidLocalTimeException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    private final transient LocalDateTime localTime;

    InvalidLocalTimeException(LocalDateTime localTime, ZoneId zone, boolean skipped) {
        super("local time " + localTime + (skipped
                ? " does not exist in zone " + zone + " (the clocks skip it)"
                : " is ambiguous in zone " + zone + " (the clocks pass it twice)")
                + "; give zoned instants instead. Nothing was written");
        this.localTime = localTime;
    }

    /** The first offending local date-time of the written series. */
    public LocalDateTime localTime() {
        return localTime;
    }
}
