package io.holcstore.codec;

import io.holcstore.Culprit;
import io.holcstore.Culprits;
import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

/** A chunk's stored {@code dtype} names no {@link ChunkEncoding} this version knows; it is never guessed. */
public class UnknownDtypeException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    private final String dtype;

    public UnknownDtypeException(String dtype, String known) {
        super(ErrorKind.UNKNOWN_DTYPE,
                "unknown chunk dtype " + (dtype == null ? "null" : "'" + dtype + "'") + "; known dtypes: " + known,
                Culprits.of(Culprit.DTYPE, dtype));
        this.dtype = dtype;
    }

    /** The offending dtype as stored, possibly {@code null}. */
    public String dtype() {
        return dtype;
    }
}
