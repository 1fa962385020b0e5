package io.holcstore.example.stores;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/**
 * A replica of {@link DemoStore}, fed only by pulls from its sync URL: same keys, same settings. A pull target: its
 * series API refuses writes (409 {@code read_only_store}), so that every chunk it holds is the upstream's.
 */
@Entity
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT1H", zone = "Europe/Paris", sync = true)
public class DemoMirror extends TimeseriesChunk {
    private int version;
    private String kind;
}
