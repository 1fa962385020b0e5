package io.holcstore.store;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

/** A chunk offered for import does not fit the store (wrong start, wrong length, undecodable blob); nothing was imported. */
public class InvalidChunkException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    public InvalidChunkException(String message) {
        super(ErrorKind.INVALID_CHUNK, message);
    }

    public InvalidChunkException(String message, Throwable cause) {
        super(ErrorKind.INVALID_CHUNK, message, cause);
    }
}
