package io.holcstore.rest.error;

import io.holcstore.HolcStoreException;

/**
 * A request body that is not the series it should be: bad JSON or CSV syntax, a member or value of the wrong
 * type, {@code NaN}/{@code Infinity}, index and values of different lengths. The message says where. Nothing
 * was written.
 */
public class MalformedBodyException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    public MalformedBodyException(String message) {
        super(message + "; nothing was written");
    }

    public MalformedBodyException(String message, Throwable cause) {
        super(message + "; nothing was written", cause);
    }
}
