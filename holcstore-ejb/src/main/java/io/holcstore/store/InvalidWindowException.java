package io.holcstore.store;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

import java.time.Instant;

/** A read window whose start is after its end. */
public class InvalidWindowException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    public InvalidWindowException(Instant start, Instant end) {
        super(ErrorKind.INVALID_WINDOW, "read window start " + start + " is after its end " + end);
    }
}
