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

    /**
     * This chunk as a pack answering a request listed at {@code listedUpdatedAt} reports it: with that instant if
     * the chunk has been rewritten since (a later {@code updated_at}), as it is otherwise. A client that stores the
     * reported {@code updated_at} and resumes from the newest it holds (the reference's) then cannot move past
     * changes committed between its listing and its pack; the rewritten chunk is listed again at its own instant.
     */
    public ChunkTransfer asListed(Instant listedUpdatedAt) {
        Objects.requireNonNull(listedUpdatedAt, "listedUpdatedAt");
        return updatedAt.isAfter(listedUpdatedAt) ? new ChunkTransfer(ref, dtype, startTs, listedUpdatedAt, deleted, data) : this;
    }
}
