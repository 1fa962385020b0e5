package io.holcstore.store;

import io.holcstore.HolcStoreException;

/** A key or filter names a field the store does not have, misses one it needs, or gives a value of the wrong type. */
public class InvalidKeyException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    public InvalidKeyException(String message) {
        super(message);
    }
}
