package io.holcstore.rest.api;

import io.holcstore.series.IndexedSeries;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * The pieces every JSON writer of series shares: a JSON-P streaming generator over a writer it does not close, the
 * {@code "index"} array of instants and the {@code "values"} array, written from the series' primitive arrays with
 * no tree built. Missing values (NaN) are null; JSON has no infinity, so a stored infinite value is null too.
 * Stateless; thread-safe (a generator is not: one per call).
 */
final class SeriesJsonFields {
    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private SeriesJsonFields() {
    }

    /** A generator writing to {@code out}; closing it flushes into {@code out} and leaves {@code out} open. */
    static JsonGenerator generator(Writer out) {
        return GENERATORS.createGenerator(new UnclosedWriter(out));
    }

    /** Writes {@code "index": ["<ISO with offset>", ...]} inside the current object. */
    static void writeIndex(JsonGenerator json, IndexedSeries series, ZoneId zone) {
        json.writeStartArray("index");
        for (int i = 0, n = series.size(); i < n; i++) {
            json.write(Timestamps.format(series.instantAt(i), zone));
        }
        json.writeEnd();
    }

    /** Writes {@code "values": [number|null, ...]} inside the current object, {@code size} values read by index. */
    static void writeValues(JsonGenerator json, int size, IntToDoubleFunction valueAt) {
        json.writeStartArray("values");
        for (int i = 0; i < size; i++) {
            double value = valueAt.applyAsDouble(i);
            if (Double.isFinite(value)) {
                json.write(value);
            } else {
                json.writeNull();
            }
        }
        json.writeEnd();
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
