package io.holcstore.rest.api;

import io.holcstore.rest.json.KeyJson;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesKey;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.Map;

/**
 * One series as one JSON object, {@code {"attrs": {<key>}, "start": "<ISO with offset>", "step": "PT1H",
 * "zone": "Europe/Paris", "values": [number|null, ...]}}, written with JSON-P's streaming generator: values go
 * from the primitive array to the output, no tree is built. Missing values (NaN) are null; JSON has no infinity,
 * so a stored infinite value is null too.
 */
public final class SeriesJsonWriter {
    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private SeriesJsonWriter() {
    }

    /**
     * Writes the object to {@code out} (not closed, not flushed beyond the object).
     *
     * @param zone the zone to render {@code start} in
     */
    public static void write(Writer out, SeriesKey key, DenseSeries series, ZoneId zone) {
        try (JsonGenerator json = GENERATORS.createGenerator(new UnclosedWriter(out))) {
            json.writeStartObject();
            json.write("attrs", KeyJson.of(key));
            json.write("start", Timestamps.format(series.start(), zone));
            json.write("step", series.step().toString());
            json.write("zone", zone.getId());
            json.writeStartArray("values");
            for (int i = 0, n = series.size(); i < n; i++) {
                double value = series.valueAt(i);
                if (Double.isFinite(value)) {
                    json.write(value);
                } else {
                    json.writeNull();
                }
            }
            json.writeEnd();
            json.writeEnd();
        }
    }

    /** Lets the generator flush into {@code out} when it closes, without closing {@code out}. */
    private static final class UnclosedWriter extends FilterWriter {
        UnclosedWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
