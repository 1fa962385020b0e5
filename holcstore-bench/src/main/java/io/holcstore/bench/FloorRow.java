package io.holcstore.bench;

import java.time.Instant;

/** One row of the bare floor table: the columns a store row has, with plain types. */
public record FloorRow(long id, int version, String kind, int chunkIndex, Instant startTs, String dtype,
                       Instant updatedAt, boolean deleted, byte[] data) {
}
