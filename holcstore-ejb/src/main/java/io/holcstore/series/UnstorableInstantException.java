package io.holcstore.series;

import io.holcstore.Culprit;
import io.holcstore.Culprits;
import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

import java.time.Instant;

/**
 * An instant of a written series that an {@link IndexedSeries} cannot hold exactly: finer than a millisecond, or
 * outside the years 1 to 9999. It is never rounded or clamped: nothing of the series is written.
 */
public class UnstorableInstantException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    private final transient Instant instant;

    private UnstorableInstantException(ErrorKind kind, Instant instant, String problem) {
        super(kind, "timestamp " + instant + " " + problem + "; nothing was written", Culprits.of(Culprit.TIMESTAMP, instant));
        this.instant = instant;
    }

    static UnstorableInstantException finerThanMillisecond(Instant instant) {
        return new UnstorableInstantException(ErrorKind.OFF_GRID_TIMESTAMP, instant,
                "has a fraction of a millisecond, finer than the millisecond a stored series keeps");
    }

    static UnstorableInstantException outOfRange(Instant instant) {
        return new UnstorableInstantException(ErrorKind.TIMESTAMP_OUT_OF_RANGE, instant,
                "lies outside the years 1 to 9999 that a stored series holds");
    }

    /** The offending instant. */
    public Instant instant() {
        return instant;
    }
}
