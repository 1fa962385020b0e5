package io.holcstore.mapping;

import jakarta.persistence.Entity;

/** Invalid store of whole series: no key field (persistence unit holcstore-timeseries-keyless). */
@Entity
public class KeylessSeries extends TimeseriesRecord {
}
