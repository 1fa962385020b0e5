package io.holcstore.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap of the server JVM, read from its unified GC log ({@code -Xlog:gc:file=...}): every collection logs
 * {@code <before>-><after>(<committed>)}. As {@link HeapPeak} does for the benchmark's own JVM, the peak is the most
 * heap in use just before any collection (garbage included: how far the collector let it fill under -Xmx), and the
 * most left after one is what the server kept reachable. Read from a mark on, so that start-up is left out.
 */
public final class ServerGcLog {
    private static final Pattern SIZES = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private final Path file;
    private long mark;

    public ServerGcLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Only collections logged from now on count. */
    public void mark() {
        mark = size();
    }

    /** Most heap in use before and after a collection since the mark, in bytes; zeros if none was logged. */
    public record Heap(long peakBytes, long afterGcBytes, int collections) {
    }

    public Heap sinceMark() {
        long peak = 0;
        long after = 0;
        int collections = 0;
        String log;
        try {
            byte[] all = Files.readAllBytes(file);
            log = new String(all, (int) Math.min(mark, all.length), (int) Math.max(0, all.length - mark));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the server's GC log " + file, e);
        }
        Matcher m = SIZES.matcher(log);
        while (m.find()) {
            peak = Math.max(peak, bytes(m.group(1), m.group(2)));
            after = Math.max(after, bytes(m.group(3), m.group(4)));
            collections++;
        }
        return new Heap(peak, after, collections);
    }

    private long size() {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static long bytes(String number, String unit) {
        long n = Long.parseLong(number);
        return switch (unit) {
            case "K" -> n << 10;
            case "M" -> n << 20;
            default -> n << 30;
        };
    }
}
