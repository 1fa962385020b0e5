package io.holcstore.mapping;

import jakarta.persistence.Entity;

/** Invalid store of whole series: no such zone (persistence unit holcstore-timeseries-bad-zone). */
@Entity
@StoreZone("Mars/Olympus_Mons")
public class BadZoneSeries extends TimeseriesRecord {
    private String site;
}
