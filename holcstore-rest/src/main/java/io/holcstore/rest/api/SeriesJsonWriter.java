package io.holcstore.rest.api;

import io.holcstore.rest.json.KeyJson;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesKey;
import jakarta.json.stream.JsonGenerator;

import java.io.Writer;
import java.time.ZoneId;

/**
 * One series as one JSON object, {@code {"attrs": {<key>}, "start": "<ISO with offset>", "step": "PT1H",
 * "zone": "Europe/Paris", "values": [number|null, ...]}}, written with JSON-P's streaming generator: values go
 * from the primitive array to the output, no tree is built. Missing values (NaN) are null; JSON has no infinity,
 * so a stored infinite value is null too.
 */
public final class SeriesJsonWriter {
    private SeriesJsonWriter() {
    }

    /**
     * Writes the object to {@code out} (not closed, not flushed beyond the object).
     *
     * @param zone the zone to render {@code start} in
     */
    public static void write(Writer out, SeriesKey key, DenseSeries series, ZoneId zone) {
        try (JsonGenerator json = SeriesJsonFields.generator(out)) {
            json.writeStartObject();
            json.write("attrs", KeyJson.of(key));
            json.write("start", Timestamps.format(series.start(), zone));
            json.write("step", series.step().toString());
            json.write("zone", zone.getId());
            SeriesJsonFields.writeValues(json, series.size(), series::valueAt);
            json.writeEnd();
        }
    }
}
