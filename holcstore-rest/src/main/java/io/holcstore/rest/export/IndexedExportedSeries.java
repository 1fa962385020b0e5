package io.holcstore.rest.export;

import io.holcstore.series.IndexedSeries;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/** An {@link IndexedSeries} as exported: its instants read from the epoch milliseconds it holds, never as objects. */
record IndexedExportedSeries(Map<String, ?> keys, IndexedSeries series, ZoneId zone) implements ExportedSeries {
    private static final int NANOS_PER_MILLI = 1_000_000;

    IndexedExportedSeries {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(zone, "zone");
    }

    @Override
    public int size() {
        return series.size();
    }

    @Override
    public long epochSecondAt(int i) {
        return Math.floorDiv(series.epochMilliAt(i), 1000);
    }

    @Override
    public int nanoAt(int i) {
        return Math.floorMod(series.epochMilliAt(i), 1000) * NANOS_PER_MILLI;
    }

    @Override
    public double valueAt(int i) {
        return series.valueAt(i);
    }
}
