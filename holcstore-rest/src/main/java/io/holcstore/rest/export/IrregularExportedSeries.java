package io.holcstore.rest.export;

import io.holcstore.series.IrregularSeries;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/** An {@link IrregularSeries} as exported, its points in the series' order. */
record IrregularExportedSeries(Map<String, ?> keys, IrregularSeries series, ZoneId zone) implements ExportedSeries {

    IrregularExportedSeries {
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
        return series.instantAt(i).getEpochSecond();
    }

    @Override
    public int nanoAt(int i) {
        return series.instantAt(i).getNano();
    }

    @Override
    public double valueAt(int i) {
        return series.valueAt(i);
    }
}
