package io.holcstore.store;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

/** The database refused or failed a store operation; the message names the store and table, the cause is the SQL error. */
public class ChunkStoreException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    public ChunkStoreException(String message) {
        super(ErrorKind.STORE_ERROR, message);
    }

    public ChunkStoreException(String message, Throwable cause) {
        super(ErrorKind.STORE_ERROR, message, cause);
    }
}
