package io.holcstore.mapping;

/** The column names of the attributes every chunk table has, as the entity maps them. */
public record ChunkColumns(String id, String chunkIndex, String startTs, String dtype, String updatedAt, String deleted,
                           String data, String upstreamUpdatedAt) {
}
