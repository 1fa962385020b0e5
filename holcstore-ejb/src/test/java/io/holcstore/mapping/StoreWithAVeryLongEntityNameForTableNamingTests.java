package io.holcstore.mapping;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/** Valid store whose default table name is too long for PostgreSQL, so it is cut (persistence unit holcstore-schema). */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR, step = "PT1H", zone = "Europe/Paris")
public class StoreWithAVeryLongEntityNameForTableNamingTests extends TimeseriesChunk {
    private int version;
    private String kind;
}
