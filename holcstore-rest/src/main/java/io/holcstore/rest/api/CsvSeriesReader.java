package io.holcstore.rest.api;

import io.holcstore.rest.error.MalformedBodyException;
import io.holcstore.series.IrregularSeries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV series body: one point per line, {@code <ISO>;<value>}, the value empty when missing; blank lines are
 * skipped, there is no header. Timestamps are instants or local date-times (read in the store zone), as in JSON.
 * A line that is not a point is a {@link MalformedBodyException} naming its number.
 */
public final class CsvSeriesReader {
    private final ZoneId zone;

    public CsvSeriesReader(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The points of {@code body}, as an irregular series the store puts on its grid.
     *
     * @throws MalformedBodyException naming the first line that is not a point
     * @throws io.holcstore.series.InvalidLocalTimeException naming a local time the store zone skips or repeats
     */
    public IrregularSeries read(InputStream body, Charset charset) {
        List<Instant> instants = new ArrayList<>();
        GrowingDoubles values = new GrowingDoubles();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, charset))) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (!line.isBlank()) {
                    String where = "line " + number;
                    int separator = line.indexOf(';');
                    if (separator < 0 || line.indexOf(';', separator + 1) >= 0) {
                        throw new MalformedBodyException(where + ": expected <ISO-8601 timestamp>;<value>, got '" + line + "'");
                    }
                    instants.add(instant(line.substring(0, separator).strip(), where));
                    String value = line.substring(separator + 1).strip();
                    values.add(value.isEmpty() ? Double.NaN : Numbers.parse(value, where));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body", e);
        }
        return IrregularSeries.of(instants.toArray(Instant[]::new), values.toArray());
    }

    private Instant instant(String text, String where) {
        try {
            return Timestamps.parse(text, zone);
        } catch (DateTimeParseException e) {
            throw new MalformedBodyException(where + ": '" + text + "' is not an ISO-8601 instant "
                    + "(2025-01-01T00:00:00Z, 2025-01-01T00:00+01:00) or local date-time (2025-01-01T00:00)");
        }
    }
}
