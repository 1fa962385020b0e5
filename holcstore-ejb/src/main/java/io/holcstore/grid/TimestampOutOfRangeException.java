package io.holcstore.grid;

import io.holcstore.HolcStoreException;

import java.time.Instant;

/** An instant lies outside the years a store holds (see {@link StoreGrid#FIRST_YEAR}); it is never clamped. */
public class TimestampOutOfRangeException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    private final transient Instant timestamp;

    public TimestampOutOfRangeException(Instant timestamp, Instant first, Instant end) {
        super("timestamp " + timestamp + " lies outside the years a store holds (from " + first + " to before " + end
                + "); nothing was written");
        this.timestamp = timestamp;
    }

    /** The offending timestamp. */
    public Instant timestamp() {
        return timestamp;
    }
}
