package io.holcstore.grid;

import io.holcstore.Culprit;
import io.holcstore.Culprits;
import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

import java.time.Instant;

/** A written timestamp does not fall on the store's grid; the store never resamples. */
public class OffGridTimestampException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    private final transient Instant timestamp;

    public OffGridTimestampException(Instant timestamp, StoreGrid grid) {
        super(ErrorKind.OFF_GRID_TIMESTAMP, "timestamp " + timestamp + " is not on the store grid (step " + grid.step()
                + " from local midnight in " + grid.zone() + "); nothing was written",
                Culprits.of(Culprit.TIMESTAMP, timestamp));
        this.timestamp = timestamp;
    }

    /** The first offending timestamp of the written series. */
    public Instant timestamp() {
        return timestamp;
    }
}
