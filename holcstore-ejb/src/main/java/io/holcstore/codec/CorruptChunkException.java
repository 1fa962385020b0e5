package io.holcstore.codec;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

/**
 * A stored chunk blob cannot be decoded: it is not a well-formed LZ4 frame, uses a feature this
 * codec does not support, or decodes to a length its dtype cannot hold. The message names the
 * problem and the byte offset in the blob where it was found.
 */
public class CorruptChunkException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    public CorruptChunkException(String message) {
        super(ErrorKind.CORRUPT_CHUNK, message);
    }

    public CorruptChunkException(String message, Throwable cause) {
        super(ErrorKind.CORRUPT_CHUNK, message, cause);
    }
}
