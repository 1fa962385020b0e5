package io.holcstore.codec;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

/**
 * A value a {@link ChunkEncoding} cannot hold exactly (a NaN or a fraction in an integer dtype, a double a float32
 * would round): it is refused, never rounded. The message names the dtype, the value and its position.
 */
public class UnencodableValueException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    public UnencodableValueException(String message) {
        super(ErrorKind.INVALID_ARGUMENT, message);
    }
}
