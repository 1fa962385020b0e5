package io.holcstore.sync;

import io.holcstore.HolcStoreException;

/**
 * A chunk source could not answer, or answered something a pull cannot use (a pack not matching its request, a page
 * token repeating itself); the message says which. What the pull imported before is kept.
 */
public class ChunkSourceException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    public ChunkSourceException(String message) {
        super(message);
    }

    public ChunkSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
