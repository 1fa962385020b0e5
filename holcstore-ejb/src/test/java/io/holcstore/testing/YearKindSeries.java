package io.holcstore.testing;

import io.holcstore.mapping.TimeseriesRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * Test store of whole series, as the reference's test table: keys year (int) and kind (String), zone UTC. The year's
 * column has a name of its own: YEAR is a keyword of H2.
 */
@Entity
public class YearKindSeries extends TimeseriesRecord {
    @Column(name = "series_year")
    private int year;
    private String kind;
}
