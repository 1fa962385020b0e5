package io.holcstore.rest.api;

import io.holcstore.series.IndexedSeries;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;

/**
 * One series of a store of whole series as CSV lines {@code <ISO with offset>;<value>}, every point, the value empty
 * when missing: the lines a CSV PUT takes, so what is read can be written back as is.
 */
public final class TimeseriesCsvWriter {

    private TimeseriesCsvWriter() {
    }

    /** Writes the lines to {@code out} (not closed). */
    public static void write(Writer out, IndexedSeries series, ZoneId zone) throws IOException {
        for (int i = 0, n = series.size(); i < n; i++) {
            double value = series.valueAt(i);
            out.write(Timestamps.format(series.instantAt(i), zone));
            out.write(';');
            if (Double.isFinite(value)) {
                out.write(Double.toString(value));
            }
            out.write('\n');
        }
    }
}
