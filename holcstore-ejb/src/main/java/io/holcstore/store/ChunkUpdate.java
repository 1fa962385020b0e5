package io.holcstore.store;

import java.time.Instant;

/** What {@code listUpdates} reports of one changed chunk: everything but its data. */
public record ChunkUpdate(SeriesKey key, int chunkIndex, String dtype, Instant startTs, Instant updatedAt, boolean deleted) {
    public ChunkRef ref() {
        return new ChunkRef(key, chunkIndex);
    }
}
