package io.holcstore.rest.api;

import io.holcstore.rest.json.KeyJson;
import io.holcstore.series.IndexedSeries;
import io.holcstore.store.TimeseriesEntry;
import jakarta.json.stream.JsonGenerator;

import java.io.Writer;
import java.time.ZoneId;

/**
 * One series of a store of whole series as one JSON object, {@code {"attrs": {<key>}, "zone": "Europe/Paris",
 * "index": ["<ISO with offset>", ...], "values": [number|null, ...]}}: the irregular body a PUT takes, plus the key and
 * zone, so that what is read can be written back as is. Written with JSON-P's streaming generator, no tree built.
 * Missing values (NaN) are null; JSON has no infinity, so a stored infinite value is null too.
 */
public final class TimeseriesJsonWriter {
    private TimeseriesJsonWriter() {
    }

    /**
     * Writes the object to {@code out} (not closed, not flushed beyond the object).
     *
     * @param zone the zone to render the instants in
     */
    public static void write(Writer out, TimeseriesEntry entry, ZoneId zone) {
        IndexedSeries series = entry.series();
        try (JsonGenerator json = SeriesJsonFields.generator(out)) {
            json.writeStartObject();
            json.write("attrs", KeyJson.of(entry.key()));
            json.write("zone", zone.getId());
            SeriesJsonFields.writeIndex(json, series, zone);
            SeriesJsonFields.writeValues(json, series.size(), series::valueAt);
            json.writeEnd();
        }
    }
}
