package io.holcstore.rest.api;

import io.holcstore.rest.json.KeyJson;
import io.holcstore.series.IndexedSeries;
import io.holcstore.store.loadcurve.LoadCurveEntry;
import io.holcstore.store.loadcurve.MissingGroups;
import io.holcstore.store.loadcurve.TimeRange;
import jakarta.json.stream.JsonGenerator;

import java.io.Writer;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Load curves and what the searches for missing data find, as JSON, written with JSON-P's streaming generator.
 * An entry is {@code {"prm", "clientId", "version", "attrs": {...}, "lastModified", "createdAt", "zone",
 * "index": ["<ISO with offset>", ...], "values": [number|null, ...]}}; a range is {@code {"start", "end"}}, both
 * included. Missing values (NaN) and infinities are null.
 */
final class LoadCurveJson {
    private LoadCurveJson() {
    }

    /** Writes one entry object to {@code out} (not closed). */
    static void writeEntry(Writer out, LoadCurveEntry entry, ZoneId zone) {
        try (JsonGenerator json = SeriesJsonFields.generator(out)) {
            entry(json, entry, zone);
        }
    }

    /** Writes a JSON array of entry objects to {@code out} (not closed). */
    static void writeEntries(Writer out, List<LoadCurveEntry> entries, ZoneId zone) {
        try (JsonGenerator json = SeriesJsonFields.generator(out)) {
            json.writeStartArray();
            entries.forEach(entry -> entry(json, entry, zone));
            json.writeEnd();
        }
    }

    /** Writes {@code {"<prm>": [range, ...], ...}}. */
    static void writeHoles(Writer out, Map<String, List<TimeRange>> holes, ZoneId zone) {
        try (JsonGenerator json = SeriesJsonFields.generator(out)) {
            json.writeStartObject();
            holes.forEach((prm, ranges) -> {
                json.writeStartArray(prm);
                ranges.forEach(range -> range(json.writeStartObject(), range, zone).writeEnd());
                json.writeEnd();
            });
            json.writeEnd();
        }
    }

    /** Writes {@code {"groups": [{"start", "end", "prms": [...]}, ...], "available": [prm, ...]}}. */
    static void writeGroups(Writer out, MissingGroups found, ZoneId zone) {
        try (JsonGenerator json = SeriesJsonFields.generator(out)) {
            json.writeStartObject();
            json.writeStartArray("groups");
            found.groups().forEach((range, prms) -> {
                range(json.writeStartObject(), range, zone).writeStartArray("prms");
                prms.forEach(json::write);
                json.writeEnd().writeEnd();
            });
            json.writeEnd();
            json.writeStartArray("available");
            found.data().keySet().forEach(json::write);
            json.writeEnd();
            json.writeEnd();
        }
    }

    private static JsonGenerator range(JsonGenerator json, TimeRange range, ZoneId zone) {
        return json.write("start", Timestamps.format(range.start(), zone)).write("end", Timestamps.format(range.end(), zone));
    }

    private static void entry(JsonGenerator json, LoadCurveEntry entry, ZoneId zone) {
        json.writeStartObject();
        json.write("prm", entry.prm());
        json.write("clientId", entry.clientId());
        json.write("version", entry.version());
        json.write("attrs", KeyJson.of(entry.attributes()));
        json.write("lastModified", Timestamps.format(entry.lastModified(), zone));
        json.write("createdAt", Timestamps.format(entry.createdAt(), zone));
        json.write("zone", zone.getId());
        IndexedSeries series = entry.series();
        SeriesJsonFields.writeIndex(json, series, zone);
        SeriesJsonFields.writeValues(json, series.size(), series::valueAt);
        json.writeEnd();
    }
}
