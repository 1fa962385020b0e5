package io.holcstore.store;

import io.holcstore.HolcStoreException;

/** A requested chunk is not stored. */
public class ChunkNotFoundException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    public ChunkNotFoundException(String store, ChunkRef ref) {
        super("store " + store + " holds no chunk " + ref.chunkIndex() + " for " + ref.key());
    }
}
