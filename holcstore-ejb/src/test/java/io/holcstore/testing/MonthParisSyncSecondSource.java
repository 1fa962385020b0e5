package io.holcstore.testing;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/** A second upstream of the same definition as {@link MonthParisSyncStore}, for stores fed by two sources. */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT1H", zone = "Europe/Paris", sync = true)
public class MonthParisSyncSecondSource extends TimeseriesChunk {
    private int version;
    private String kind;
}
