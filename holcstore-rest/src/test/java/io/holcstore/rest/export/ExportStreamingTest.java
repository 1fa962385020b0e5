package io.holcstore.rest.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.series.DenseSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.zip.ZipFile;

/**
 * The zip goes to the stream as the series come, never held: when the export asks for a series, everything of the
 * series before it has reached the stream but for one buffer. A zip buffered in memory (or on disk) would have
 * delivered nothing before the last series was taken, and this test would fail at the second series.
 */
class ExportStreamingTest {
    private static final int SERIES = 12;
    private static final int POINTS = 100_000;
    /** What the export may hold back: its 64 KiB output buffer (the CSV buffer and deflater are flushed per series). */
    private static final long IN_FLIGHT = 1 << 16;

    /** Counts what reaches the stream. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Series made when the export asks for them, noting how many bytes had reached the stream by then. */
    private static final class LazySeries implements Iterator<ExportedSeries> {
        final List<Long> deliveredWhenAsked = new ArrayList<>();
        private final CountingStream sink;
        private final Random random = new Random(11);
        private int made;

        LazySeries(CountingStream sink) {
            this.sink = sink;
        }

        @Override
        public boolean hasNext() {
            return made < SERIES;
        }

        @Override
        public ExportedSeries next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            deliveredWhenAsked.add(sink.count);
            // Full-precision values: about 45 bytes of CSV a point, which deflate cannot shrink much.
            double[] values = random.doubles(POINTS).toArray();
            DenseSeries series = DenseSeries.of(Instant.parse("2020-01-01T00:00:00Z"), Duration.ofMinutes(15), values);
            return ExportedSeries.of(Map.of("meter", made++), series, ZoneId.of("Europe/Paris"));
        }
    }

    @Test
    void everySeriesReachesTheStreamBeforeTheNextIsTaken(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("export.zip");
        LazySeries source;
        try (CountingStream sink = new CountingStream(Files.newOutputStream(file))) {
            source = new LazySeries(sink);
            assertEquals(SERIES, SeriesZipExport.write(sink, List.of("meter"), source).series());
        }

        List<Long> compressedEnds = new ArrayList<>();
        long uncompressed = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long end = 0;
            for (int i = 0; i < SERIES; i++) {
                var entry = zip.getEntry(ExportLayout.seriesEntry(i));
                end += entry.getCompressedSize();
                uncompressed += entry.getSize();
                compressedEnds.add(end);
            }
        }
        long total = Files.size(file);
        assertTrue(total > 100 * IN_FLIGHT, "a zip far larger than what may be held back: " + total);
        assertTrue(uncompressed > 40L * SERIES * POINTS, "CSV written: " + uncompressed);
        for (int k = 1; k < SERIES; k++) {
            long delivered = source.deliveredWhenAsked.get(k);
            long before = compressedEnds.get(k - 1);
            assertTrue(delivered >= before - IN_FLIGHT, "when series " + k + " was taken, " + delivered
                    + " bytes had reached the stream, for " + before + " of compressed data before it");
        }
    }
}
