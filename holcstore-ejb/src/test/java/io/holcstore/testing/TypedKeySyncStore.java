package io.holcstore.testing;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/** Sync test store keyed by a date and an enum by name. Monthly, hourly, UTC. */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT1H", zone = "UTC", sync = true)
public class TypedKeySyncStore extends TimeseriesChunk {
    private LocalDate day;
    @Enumerated(EnumType.STRING)
    private TypedKeyStore.Mode mode;
}
