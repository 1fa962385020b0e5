package io.holcstore.store;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

/** A requested chunk is not stored. */
public class ChunkNotFoundException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    public ChunkNotFoundException(String store, ChunkRef ref) {
        super(ErrorKind.CHUNK_NOT_FOUND, "store " + store + " holds no chunk " + ref.chunkIndex() + " for " + ref.key());
    }
}
