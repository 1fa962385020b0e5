package io.holcstore.store;

import java.util.Objects;

/** Names one chunk: the series key and the chunk index. */
public record ChunkRef(SeriesKey key, int chunkIndex) {
    public ChunkRef {
        Objects.requireNonNull(key, "key");
    }
}
