package io.holcstore.testing;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/** Test store with key fields of several types: a date, enums by name and by ordinal, a long. Monthly, hourly, UTC. */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT1H", zone = "UTC")
public class TypedKeyStore extends TimeseriesChunk {
    public enum Mode { FAST, SLOW }

    private LocalDate day;
    @Enumerated(EnumType.STRING)
    private Mode mode;
    @Enumerated(EnumType.ORDINAL)
    private Mode level;
    private long meter;
}
