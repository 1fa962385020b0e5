package io.holcstore.rest.api;

import io.holcstore.rest.json.KeyJson;
import io.holcstore.series.IndexedSeries;
import io.holcstore.store.TimeseriesEntry;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.Map;

/**
 * One series of a store of whole series as one JSON object, {@code {"attrs": {<key>}, "zone": "Europe/Paris",
 * "index": ["<ISO with offset>", ...], "values": [number|null, ...]}}: the irregular body a PUT takes, plus the key and
 * zone, so that what is read can be written back as is. Written with JSON-P's streaming generator, no tree built.
 * Missing values (NaN) are null; JSON has no infinity, so a stored infinite value is null too.
 */
public final class TimeseriesJsonWriter {
    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private TimeseriesJsonWriter() {
    }

    /**
     * Writes the object to {@code out} (not closed, not flushed beyond the object).
     *
     * @param zone the zone to render the instants in
     */
    public static void write(Writer out, TimeseriesEntry entry, ZoneId zone) {
        IndexedSeries series = entry.series();
        try (JsonGenerator json = GENERATORS.createGenerator(new UnclosedWriter(out))) {
            json.writeStartObject();
            json.write("attrs", KeyJson.of(entry.key()));
            json.write("zone", zone.getId());
            json.writeStartArray("index");
            for (int i = 0, n = series.size(); i < n; i++) {
                json.write(Timestamps.format(series.instantAt(i), zone));
            }
            json.writeEnd();
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
