package io.holcstore.sync;

import io.holcstore.Culprits;
import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

/**
 * A chunk source could not answer, or answered something a pull cannot use (a pack not matching its request, a page
 * token repeating itself); the message says which. What the pull imported before is kept. Of kind
 * {@link ErrorKind#UPSTREAM_FAILED}, or {@link ErrorKind#UPSTREAM_TIMEOUT} when the source did not answer in time.
 */
public class ChunkSourceException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    public ChunkSourceException(String message) {
        super(ErrorKind.UPSTREAM_FAILED, message);
    }

    public ChunkSourceException(String message, Throwable cause) {
        super(ErrorKind.UPSTREAM_FAILED, message, cause);
    }

    /**
     * A failure of a given upstream kind, e.g. {@link ErrorKind#UPSTREAM_TIMEOUT}.
     *
     * @throws IllegalArgumentException if {@code kind} is not about the source (its category is neither
     *                                  {@code UPSTREAM} nor {@code UPSTREAM_TIMEOUT})
     */
    public ChunkSourceException(ErrorKind kind, String message, Throwable cause) {
        this(kind, message, Culprits.none(), cause);
    }

    /**
     * A failure of a given upstream kind naming what it blames, e.g. the URL and status of the failed request.
     *
     * @throws IllegalArgumentException if {@code kind} is not about the source
     */
    public ChunkSourceException(ErrorKind kind, String message, Culprits culprits, Throwable cause) {
        super(upstream(kind), message, culprits, cause);
    }

    private static ErrorKind upstream(ErrorKind kind) {
        if (kind.category() != ErrorKind.Category.UPSTREAM && kind.category() != ErrorKind.Category.UPSTREAM_TIMEOUT) {
            throw new IllegalArgumentException("a chunk source fails with an upstream kind, got " + kind);
        }
        return kind;
    }
}
