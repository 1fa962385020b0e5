package io.holcstore.rest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.holcstore.codec.CorruptChunkException;
import io.holcstore.rest.OneCallStore;
import io.holcstore.series.DenseSeries;
import io.holcstore.series.IndexedSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesEntry;
import io.holcstore.store.TimeseriesStore;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/** The NDJSON stream of a store of whole series: one object per line, and a cut stream ends with an error line. */
class TimeseriesNdjsonStreamTest {
    private static final IndexedSeries SERIES = IndexedSeries.of(
            DenseSeries.of(Instant.parse("2025-01-01T00:00:00Z"), Duration.ofHours(1), 1, 2), ZoneOffset.UTC);

    /** A store whose forEachTs hands over {@code count} series, then fails with {@code failure} if not null. */
    private static TimeseriesStore store(int count, RuntimeException failure) {
        return OneCallStore.answering(TimeseriesStore.class, "forEachTs", args -> {
            @SuppressWarnings("unchecked")
            Consumer<TimeseriesEntry> consumer = (Consumer<TimeseriesEntry>) args[1];
            for (int site = 0; site < count; site++) {
                consumer.accept(new TimeseriesEntry(SeriesKey.of("site", "s" + site), SERIES));
            }
            if (failure != null) {
                throw failure;
            }
            return (long) count;
        });
    }

    private static JsonObject json(String line) {
        return Json.createReader(new StringReader(line)).readObject();
    }

    @Test
    void oneObjectPerLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TimeseriesNdjsonStream(store(3, null), SeriesKey.all(), ZoneOffset.UTC).write(out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size());
        for (int site = 0; site < 3; site++) {
            assertEquals("s" + site, json(lines.get(site)).getJsonObject("attrs").getString("site"));
            assertEquals(2, json(lines.get(site)).getJsonArray("index").size());
        }
    }

    @Test
    void aStoreErrorAfterTheStartEndsTheBodyWithAnErrorLineAndCutsTheResponse() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CorruptChunkException corrupt = new CorruptChunkException("store X, row id 1: bad frame");
        IOException cut = assertThrows(IOException.class,
                () -> new TimeseriesNdjsonStream(store(1, corrupt), SeriesKey.all(), ZoneOffset.UTC).write(out));
        assertSame(corrupt, cut.getCause());
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size());
        assertEquals("corrupt_chunk", json(lines.get(1)).getString("error"));
    }
}
