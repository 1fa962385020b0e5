package io.holcstore.testing;

import io.holcstore.mapping.LoadCurve;
import jakarta.persistence.Entity;

/** A load-curve store without attributes, zone UTC (the reference's TestDataStore). */
@Entity
public class MeterCurve extends LoadCurve {
}
