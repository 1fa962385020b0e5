package io.holcstore.series;

import io.holcstore.Culprit;
import io.holcstore.Culprits;
import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

import java.time.Instant;

/** A written series gives two values for one instant; the store cannot tell which one is meant. */
public class DuplicateTimestampException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    private final transient Instant timestamp;

    public DuplicateTimestampException(Instant timestamp) {
        super(ErrorKind.DUPLICATE_TIMESTAMP,
                "timestamp " + timestamp + " appears more than once in the written series; nothing was written",
                Culprits.of(Culprit.TIMESTAMP, timestamp));
        this.timestamp = timestamp;
    }

    /** The first timestamp the written series gives twice. */
    public Instant timestamp() {
        return timestamp;
    }
}
