package io.holcstore.rest.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes series as a zip of CSV files to any output stream, one series at a time (SPEC 3.4; the layout is
 * {@link ExportLayout}'s). Each series' file is written and compressed as it is {@link #add added}, straight to the
 * stream: the export holds one series (the caller's) and a 64 KiB buffer, never the zip, whatever its size. The
 * summary, whose rows are kept (some tens of bytes a series), is written by {@link #finish()}, last.
 *
 * <p>Lines are {@code <instant>;<value>}: the instant in ISO-8601 with the offset of the series' zone at that
 * instant ({@code 2024-03-31T03:00:00+02:00}, {@code +00:00} for UTC; {@link IsoInstantText}), the value as the
 * shortest decimal of few digits that reads back to the same double, or else {@link Double#toString} (which also
 * reads back exactly; {@link DecimalText}), and nothing for a missing value (NaN), as pandas writes one. Every point
 * the series gives is written, inner missing ones included. Text is UTF-8, lines end with {@code \n}.
 *
 * <pre>{@code
 * SeriesZipExport zip = SeriesZipExport.to(out, List.of("kind", "version"));
 * for (...) {
 *     zip.add(ExportedSeries.of(Map.of("kind", "a", "version", 1), series, zone));
 * }
 * zip.finish();
 * }</pre>
 *
 * <p><b>Failures.</b> If a series cannot be read or written, stop calling this object and do not call
 * {@link #finish()}: the stream then holds a zip without its summary and central directory, which zip readers reject
 * (a streaming reader finds the files written, then a cut stream), so a cut export is never taken for a complete one. Not thread-safe; the output stream is never closed here.
 */
public final class SeriesZipExport {
    /**
     * Deflate at level 1. Measured on this export's CSV (15-minute Paris instants; CPU time of one thread): level 1
     * deflates 170–240 MB/s, the default level 6 30–45 MB/s, for a zip 14 % (full-precision values) to 38 %
     * (three-decimal values) larger. At level 6 deflate alone would hold the export below its 50 MB/s target.
     */
    static final int LEVEL = Deflater.BEST_SPEED;
    private static final int BUFFER = 1 << 16;
    private static final byte[] SERIES_HEADER = ";data\n".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream buffered;
    private final ZipOutputStream zip;
    private final SummaryCsv summary;
    private final CsvBuffer csv = new CsvBuffer(BUFFER);
    private long count;
    private boolean finished;

    private SeriesZipExport(OutputStream out, List<String> keyColumns) {
        summary = new SummaryCsv(keyColumns);
        // The zip's own writes are small (512-byte deflate blocks, headers): buffered, they reach the stream in large ones.
        buffered = new BufferedOutputStream(out, BUFFER);
        zip = new ZipOutputStream(buffered, StandardCharsets.UTF_8);
        zip.setLevel(LEVEL);
        csv.target(zip);
    }

    /**
     * Starts an export to {@code out}; nothing is written until the first {@link #add} or {@link #finish}.
     *
     * @param out        where the zip goes; not closed, flushed by {@link #finish()}
     * @param keyColumns the summary's key columns, in order; every series added must give exactly these keys
     * @throws NullPointerException                   if an argument or a column is null
     * @throws io.holcstore.store.InvalidKeyException naming a column given twice
     */
    public static SeriesZipExport to(OutputStream out, List<String> keyColumns) {
        Objects.requireNonNull(out, "out");
        return new SeriesZipExport(out, List.copyOf(keyColumns));
    }

    /**
     * Writes every series of {@code series}, in order, then the summary: {@code to(out, keyColumns)}, {@link #add}
     * for each, {@link #finish()}. On a failure the zip is left unfinished (see the class comment).
     *
     * @return what was written
     * @throws IOException if the stream fails
     */
    public static ExportTotals write(OutputStream out, List<String> keyColumns, Iterator<? extends ExportedSeries> series)
            throws IOException {
        SeriesZipExport export = to(out, keyColumns);
        while (series.hasNext()) {
            export.add(series.next());
        }
        return export.finish();
    }

    /**
     * Writes one series as the next file, {@code export_serie_<n>.csv} for the n-th series added (from 0). The series
     * is not kept.
     *
     * @throws io.holcstore.store.InvalidKeyException naming a key column the series lacks or a key that is no column;
     *                                                nothing of the series is written
     * @throws IllegalStateException                  after {@link #finish()}
     * @throws IOException                            if the stream fails
     */
    public void add(ExportedSeries series) throws IOException {
        if (finished) {
            throw new IllegalStateException("the export is finished");
        }
        summary.add(count, series.keys());
        zip.putNextEntry(new ZipEntry(ExportLayout.seriesEntry(count)));
        csv.putBytes(SERIES_HEADER);
        writePoints(series);
        csv.flush();
        zip.closeEntry();
        count++;
    }

    private void writePoints(ExportedSeries series) throws IOException {
        ZoneId zone = series.zone();
        IsoInstantText instants = new IsoInstantText(zone);
        for (int i = 0, n = series.size(); i < n; i++) {
            instants.write(series.epochSecondAt(i), series.nanoAt(i), csv);
            csv.reserve(1);
            csv.put((byte) ';');
            DecimalText.write(series.valueAt(i), csv);
            csv.reserve(1);
            csv.put((byte) '\n');
        }
    }

    /**
     * Writes the summary, ends the zip and flushes the stream (without closing it). Call once, after the last series.
     *
     * @return what was written
     * @throws IllegalStateException if called twice
     * @throws IOException           if the stream fails
     */
    public ExportTotals finish() throws IOException {
        if (finished) {
            throw new IllegalStateException("the export is finished");
        }
        finished = true;
        zip.putNextEntry(new ZipEntry(ExportLayout.SUMMARY_ENTRY));
        long summaryBytes = summary.writeTo(zip);
        zip.closeEntry();
        zip.finish();
        buffered.flush();
        return new ExportTotals(count, csv.written() + summaryBytes);
    }

    /** The number of series added so far. */
    public long count() {
        return count;
    }
}
