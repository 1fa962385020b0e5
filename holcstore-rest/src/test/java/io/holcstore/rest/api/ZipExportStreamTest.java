package io.holcstore.rest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.holcstore.codec.CorruptChunkException;
import io.holcstore.rest.export.ChunkStoreExport;
import io.holcstore.rest.export.ExportLayout;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.KeyedSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/** The HTTP export's stream: a complete zip, or, when the store fails after the response started, an unfinished one. */
class ZipExportStreamTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DenseSeries SERIES = DenseSeries.of(Instant.parse("2024-12-31T23:00:00Z"), Duration.ofHours(1), PARIS, 1, 2);

    /** A store with key field {@code version} whose yieldManyTs hands over {@code count} series, then fails with {@code failure}. */
    private static TimeseriesChunkStore store(int count, RuntimeException failure) {
        return (TimeseriesChunkStore) Proxy.newProxyInstance(TimeseriesChunkStore.class.getClassLoader(),
                new Class<?>[] {TimeseriesChunkStore.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "keyFields" -> List.of("version");
                    case "yieldManyTs" -> {
                        @SuppressWarnings("unchecked")
                        Consumer<KeyedSeries> consumer = (Consumer<KeyedSeries>) args[4];
                        for (int version = 0; version < count; version++) {
                            consumer.accept(new KeyedSeries(SeriesKey.of("version", version), SERIES));
                        }
                        if (failure != null) {
                            throw failure;
                        }
                        yield (long) count;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ZipExportStream stream(TimeseriesChunkStore store) {
        return new ZipExportStream("every series", out -> ChunkStoreExport.write(store, SeriesKey.all(), null, null, PARIS, out));
    }

    /** The entry names a streaming reader finds, then {@code "cut"} if the stream ends before the zip does. */
    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                in.readAllBytes();
            }
        } catch (EOFException | ZipException e) {
            names.add("cut");
        }
        return names;
    }

    @Test
    void everySeriesThenTheSummary() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stream(store(2, null)).write(out);
        assertEquals(List.of("export_serie_0.csv", "export_serie_1.csv", ExportLayout.SUMMARY_ENTRY), entries(out.toByteArray()));
    }

    @Test
    void aStoreErrorAfterTheStartLeavesTheZipUnfinished() throws IOException {
        CorruptChunkException corrupt = new CorruptChunkException("chunk 7 of {version=2} is not an LZ4 frame");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IOException cut = assertThrows(IOException.class, () -> stream(store(2, corrupt)).write(out));
        assertSame(corrupt, cut.getCause());
        assertFalse(entries(out.toByteArray()).contains(ExportLayout.SUMMARY_ENTRY), "no summary, no end of zip");
    }

    @Test
    void aClientGoneIsTheIoErrorOfItsStream() {
        IOException gone = new IOException("connection reset");
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
        // Enough series to fill the export's 64 KiB buffer, so that it writes to the stream while the store streams.
        IOException thrown = assertThrows(IOException.class, () -> stream(store(20_000, null)).write(closed));
        assertSame(gone, thrown, "passed on as is, not as a store error");
    }
}
