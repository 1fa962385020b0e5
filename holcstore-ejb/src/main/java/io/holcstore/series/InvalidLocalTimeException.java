package io.holcstore.series;

import io.holcstore.Culprit;
import io.holcstore.Culprits;
import io.holcstore.ErrorKind;
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

    private InvalidLocalTimeException(LocalDateTime localTime, String problem) {
        super(ErrorKind.INVALID_LOCAL_TIME, "local time " + localTime + " " + problem
                + "; give zoned instants instead. Nothing was written", Culprits.of(Culprit.LOCAL_TIME, localTime));
        this.localTime = localTime;
    }

    /** A local time the zone skips at a spring change. */
    static InvalidLocalTimeException skipped(LocalDateTime localTime, ZoneId zone) {
        return new InvalidLocalTimeException(localTime, "does not exist in zone " + zone + " (the clocks skip it)");
    }

    /** A local time the zone passes twice at an autumn change. */
    static InvalidLocalTimeException repeated(LocalDateTime localTime, ZoneId zone) {
        return new InvalidLocalTimeException(localTime, "is ambiguous in zone " + zone + " (the clocks pass it twice)");
    }

    /** The first offending local date-time of the written series. */
    public LocalDateTime localTime() {
        return localTime;
    }
}
