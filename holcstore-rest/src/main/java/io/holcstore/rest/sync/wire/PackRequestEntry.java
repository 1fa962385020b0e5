package io.holcstore.rest.sync.wire;

import io.holcstore.store.ChunkRef;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a pack request: the chunk it names and, when the client sent the whole update entry as the
 * reference's client does, the {@code updated_at} it was listed with.
 *
 * @param ref             the chunk
 * @param listedUpdatedAt the entry's {@code updated_at}; empty when the entry has none (our client sends none)
 */
public record PackRequestEntry(ChunkRef ref, Optional<Instant> listedUpdatedAt) {
    public PackRequestEntry {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(listedUpdatedAt, "listedUpdatedAt");
    }
}
