package io.holcstore.rest.export;

import io.holcstore.series.DenseSeries;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link DenseSeries} as exported: instants computed from its start and step, with no {@code Instant} per point.
 */
record DenseExportedSeries(Map<String, ?> keys, DenseSeries series, ZoneId zone, long startSecond, int startNano,
                           long stepSeconds, int stepNanos) implements ExportedSeries {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    DenseExportedSeries(Map<String, ?> keys, DenseSeries series, ZoneId zone) {
        this(Objects.requireNonNull(keys, "keys"), series, Objects.requireNonNull(zone, "zone"),
                series.start().getEpochSecond(), series.start().getNano(),
                series.step().getSeconds(), series.step().getNano());
    }

    @Override
    public int size() {
        return series.size();
    }

    @Override
    public long epochSecondAt(int i) {
        if (stepNanos == 0 && startNano == 0) {
            return startSecond + stepSeconds * i;
        }
        return startSecond + stepSeconds * i + Math.floorDiv(startNano + (long) stepNanos * i, NANOS_PER_SECOND);
    }

    @Override
    public int nanoAt(int i) {
        if (stepNanos == 0) {
            return startNano;
        }
        return (int) Math.floorMod(startNano + (long) stepNanos * i, NANOS_PER_SECOND);
    }

    @Override
    public double valueAt(int i) {
        return series.valueAt(i);
    }
}
