package io.holcstore.grid;

import io.holcstore.Culprit;
import io.holcstore.Culprits;
import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

import java.time.Instant;

/** An instant lies outside the years a store holds (see {@link StoreGrid#FIRST_YEAR}); it is never clamped. */
public class TimestampOutOfRangeException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    private final transient Instant timestamp;

    public TimestampOutOfRangeException(Instant timestamp, Instant first, Instant end) {
        super(ErrorKind.TIMESTAMP_OUT_OF_RANGE, "timestamp " + timestamp + " lies outside the years a store holds (from "
                + first + " to before " + end + "); nothing was written", Culprits.of(Culprit.TIMESTAMP, timestamp));
        this.timestamp = timestamp;
    }

    /** The offending timestamp. */
    public Instant timestamp() {
        return timestamp;
    }
}
