package io.holcstore.series;

import java.time.Instant;

/** Receives the points of a series without boxing their values. */
@FunctionalInterface
public interface PointConsumer {
    void accept(Instant instant, double value);
}
