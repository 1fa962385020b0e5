package io.holcstore.store;

import java.time.Instant;

/**
 * One row of a chunk table as the store logic reads and writes it. Parts a query did not select are
 * null ({@code key} when the key is known from the query, {@code data} when not needed).
 */
record ChunkRow(Long id, SeriesKey key, int chunkIndex, String dtype, Instant startTs, Instant updatedAt,
                boolean deleted, byte[] data) {

    ChunkRef ref() {
        return new ChunkRef(key, chunkIndex);
    }

    /** This row's identity and key with new content: what an update writes over it. */
    ChunkRow rewrite(String newDtype, Instant newStart, Instant newUpdatedAt, boolean newDeleted, byte[] newData) {
        return new ChunkRow(id, key, chunkIndex, newDtype, newStart, newUpdatedAt, newDeleted, newData);
    }
}
