package io.holcstore;

import jakarta.ejb.ApplicationException;

/**
 * Root of every error HoLcStore raises on bad input or bad stored data. Unchecked; as an application
 * exception it rolls the surrounding EJB transaction back and reaches callers unwrapped.
 */
@ApplicationException(rollback = true, inherited = true)
public class HolcStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HolcStoreException(String message) {
        super(message);
    }

    public HolcStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
