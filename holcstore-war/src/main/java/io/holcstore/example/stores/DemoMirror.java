package io.holcstore.example.stores;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.PullTarget;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;

/**
 * A replica of {@link DemoStore}, fed only by pulls from its sync URL: same keys, same settings. A pull target: the
 * store refuses local writes ({@code ReadOnlyStoreException}, 409 {@code read_only_store} over HTTP), so that every
 * chunk it holds is the upstream's.
 */
@Entity
@PullTarget
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT1H", zone = "Europe/Paris", sync = true)
public class DemoMirror extends TimeseriesChunk {
    private int version;
    private String kind;
}
