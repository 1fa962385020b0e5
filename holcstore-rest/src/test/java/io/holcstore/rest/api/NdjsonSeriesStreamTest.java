package io.holcstore.rest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.holcstore.codec.CorruptChunkException;
import io.holcstore.rest.OneCallStore;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.KeyedSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

class NdjsonSeriesStreamTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DenseSeries SERIES = DenseSeries.of(Instant.parse("2024-12-31T23:00:00Z"), Duration.ofHours(1), PARIS, 1, 2);

    /** A store whose yieldManyTs hands over {@code count} series, then fails with {@code failure} if not null. */
    private static TimeseriesChunkStore store(int count, RuntimeException failure) {
        return OneCallStore.answering("yieldManyTs", args -> {
            @SuppressWarnings("unchecked")
            Consumer<KeyedSeries> consumer = (Consumer<KeyedSeries>) args[4];
            for (int version = 0; version < count; version++) {
                consumer.accept(new KeyedSeries(SeriesKey.of("version", version), SERIES));
            }
            if (failure != null) {
                throw failure;
            }
            return (long) count;
        });
    }

    private static NdjsonSeriesStream stream(TimeseriesChunkStore store) {
        return new NdjsonSeriesStream(store, SeriesKey.all(), new ReadRange(null, null), PARIS);
    }

    private static JsonObject json(String line) {
        return Json.createReader(new StringReader(line)).readObject();
    }

    @Test
    void oneObjectPerLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stream(store(3, null)).write(out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size());
        for (int version = 0; version < 3; version++) {
            assertEquals(version, json(lines.get(version)).getJsonObject("attrs").getInt("version"));
        }
        assertEquals('\n', out.toString(StandardCharsets.UTF_8).charAt(out.size() - 1));
    }

    @Test
    void aStoreErrorAfterTheStartEndsTheBodyWithAnErrorLineAndCutsTheResponse() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CorruptChunkException corrupt = new CorruptChunkException("bad frame at byte 4");
        IOException cut = assertThrows(IOException.class, () -> stream(store(2, corrupt)).write(out));
        assertSame(corrupt, cut.getCause());
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size());
        assertEquals("corrupt_chunk", json(lines.get(2)).getString("error"));
    }

    @Test
    void aClientThatStopsReadingEndsTheReadWithItsIoError() {
        IOException gone = new IOException("broken pipe");
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw gone;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw gone;
            }
        };
        IOException thrown = assertThrows(IOException.class, () -> stream(store(1, null)).write(closed));
        assertInstanceOf(IOException.class, thrown);
        assertEquals("broken pipe", rootCause(thrown).getMessage());
    }

    private static Throwable rootCause(Throwable e) {
        return e.getCause() == null ? e : rootCause(e.getCause());
    }
}
