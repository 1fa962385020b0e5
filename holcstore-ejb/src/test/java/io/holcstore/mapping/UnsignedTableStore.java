package io.holcstore.mapping;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Invalid store: its table name lacks the settings signature (persistence unit holcstore-bad-table). */
@Entity
@Table(name = "my_chunks")
@ChunkStoreSettings(axis = ChunkAxis.YEAR, step = "PT1H", zone = "Europe/Paris")
public class UnsignedTableStore extends TimeseriesChunk {
    private int version;
}
