package io.holcstore.rest.api;

import io.holcstore.series.DenseSeries;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One series as CSV lines {@code <ISO with offset>;<value>}, every point of the series, the value empty when
 * missing: the same lines a CSV PUT takes, so what is read can be written back as is.
 */
public final class SeriesCsvWriter {

    private SeriesCsvWriter() {
    }

    /** Writes the lines to {@code out} (not closed). */
    public static void write(Writer out, DenseSeries series, ZoneId zone) throws IOException {
        for (int i = 0, n = series.size(); i < n; i++) {
            Instant instant = series.instantAt(i);
            double value = series.valueAt(i);
            out.write(Timestamps.format(instant, zone));
            out.write(';');
            if (Double.isFinite(value)) {
                out.write(Double.toString(value));
            }
            out.write('\n');
        }
    }
}
