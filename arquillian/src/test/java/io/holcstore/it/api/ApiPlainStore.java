package io.holcstore.it.api;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/** The series API's store without sync: yearly chunks, half-hourly, UTC, so inserts are allowed and deletes remove. */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR, step = "PT30M", zone = "UTC")
public class ApiPlainStore extends TimeseriesChunk {
    private int version;
    private String kind;
}
