package io.holcstore.testing;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.PullTarget;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The table of {@link MonthParisSyncMirror} declared a pull target (persistence unit holcstore-pull-target, which
 * creates no table): a mirror written locally before it became a pull target.
 */
@Entity
@PullTarget
@Table(name = "MonthParisSyncMirror__cayear_month_f1h_tzEurope_Paris_sync")
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT1H", zone = "Europe/Paris", sync = true)
public class MirrorAsPullTarget extends TimeseriesChunk {
    private int version;
    private String kind;
}
