package io.holcstore.series;

import java.time.Instant;

/** One (instant, value) pair of a series; {@code NaN} marks a missing value. */
public record SeriesPoint(Instant instant, double value) {
}
