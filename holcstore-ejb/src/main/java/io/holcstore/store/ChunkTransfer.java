package io.holcstore.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One chunk as it travels between stores: the stored blob untouched (never decoded on export) with
 * its metadata. A deleted chunk carries the blob of an empty buffer.
 */
public record ChunkTransfer(ChunkRef ref, String dtype, Instant startTs, Instant updatedAt, boolean deleted, byte[] data) {
    public ChunkTransfer {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(startTs, "startTs");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(data, "data");
    }
}
