package io.holcstore.store.dialect;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.SeriesKey;

import java.time.Instant;

/**
 * One row of a chunk table as the store logic reads and writes it. Parts a query did not select are
 * null ({@code key} when the key is known from the query, {@code data} when not needed).
 * {@code upstreamUpdatedAt} is the {@code updated_at} an imported chunk had where it came from; null for a
 * chunk written in this store (or not selected).
 */
public record ChunkRow(Long id, SeriesKey key, int chunkIndex, String dtype, Instant startTs, Instant updatedAt,
                       boolean deleted, byte[] data, Instant upstreamUpdatedAt) {

    /** A row written in this store, or read without its upstream stamp. */
    public ChunkRow(Long id, SeriesKey key, int chunkIndex, String dtype, Instant startTs, Instant updatedAt,
                    boolean deleted, byte[] data) {
        this(id, key, chunkIndex, dtype, startTs, updatedAt, deleted, data, null);
    }

    public ChunkRef ref() {
        return new ChunkRef(key, chunkIndex);
    }

    /** This row's identity and key with new content written in this store: what a local update writes over it. */
    public ChunkRow rewrite(String newDtype, Instant newStart, Instant newUpdatedAt, boolean newDeleted, byte[] newData) {
        return new ChunkRow(id, key, chunkIndex, newDtype, newStart, newUpdatedAt, newDeleted, newData, null);
    }

    /** This row with the given id: what an insert stores. */
    public ChunkRow withId(long newId) {
        return new ChunkRow(newId, key, chunkIndex, dtype, startTs, updatedAt, deleted, data, upstreamUpdatedAt);
    }
}
