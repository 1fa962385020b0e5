package io.holcstore.rest.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of CSV text on their way to an output stream: the formatters put digits straight into this array, and
 * it goes to the stream in large writes, so that no {@code String} is made per point. Not thread-safe.
 */
final class CsvBuffer {
    /** The most one point's line takes: instant (35 characters at most) and value (25 at most), separator, newline. */
    static final int MAX_LINE = 72;

    private final byte[] bytes;
    private OutputStream out;
    private int length;
    private long written;

    CsvBuffer(int capacity) {
        if (capacity < MAX_LINE) {
            throw new IllegalArgumentException("capacity " + capacity + " is below one line (" + MAX_LINE + ")");
        }
        bytes = new byte[capacity];
    }

    /** Where the bytes go from now on; the buffer must have been {@link #flush() flushed} before. */
    void target(OutputStream target) {
        if (length != 0) {
            throw new IllegalStateException(length + " bytes not flushed to the previous target");
        }
        out = target;
    }

    /** Makes room for {@code count} more bytes (at most the capacity), flushing first if needed. */
    void reserve(int count) throws IOException {
        if (length + count > bytes.length) {
            flush();
        }
    }

    /** The array to write into at {@link #position()}, after a {@link #reserve} of what will be written. */
    byte[] array() {
        return bytes;
    }

    int position() {
        return length;
    }

    /** Moves the position past {@code count} bytes written into {@link #array()}. */
    void advance(int count) {
        length += count;
    }

    /** One byte; the caller has reserved room for it. */
    void put(byte b) {
        bytes[length++] = b;
    }

    /** {@code text} in UTF-8, of any length. */
    void putText(String text) throws IOException {
        putBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes of any length. */
    void putBytes(byte[] source) throws IOException {
        if (source.length > bytes.length - length) {
            flush();
            if (source.length > bytes.length) {
                out.write(source);
                written += source.length;
                return;
            }
        }
        System.arraycopy(source, 0, bytes, length, source.length);
        length += source.length;
    }

    /** Writes what is buffered to the target (not flushing the target itself). */
    void flush() throws IOException {
        if (length > 0) {
            out.write(bytes, 0, length);
            written += length;
            length = 0;
        }
    }

    /** The bytes written to the targets so far (flushed ones only). */
    long written() {
        return written;
    }
}
