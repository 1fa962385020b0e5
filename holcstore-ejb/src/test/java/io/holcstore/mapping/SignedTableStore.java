package io.holcstore.mapping;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.mapping.ChunkStoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Valid store with its own table name carrying the signature (persistence unit holcstore-schema). */
@Entity
@Table(name = "custom_chunks__cayear_month_f15min_tzUTC_nosync")
@ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT15M", zone = "UTC")
public class SignedTableStore extends TimeseriesChunk {
    private String site;
}
