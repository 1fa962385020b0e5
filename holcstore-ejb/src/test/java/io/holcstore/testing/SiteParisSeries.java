package io.holcstore.testing;

import io.holcstore.mapping.StoreZone;
import io.holcstore.mapping.TimeseriesRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import java.time.LocalDate;

/** Test store of whole series in Europe/Paris, keyed by a date and a site: local date-times and typed keys. */
@Entity
@StoreZone("Europe/Paris")
public class SiteParisSeries extends TimeseriesRecord {
    private String site;
    /** DAY is a keyword of H2. */
    @Column(name = "series_day")
    private LocalDate day;
}
