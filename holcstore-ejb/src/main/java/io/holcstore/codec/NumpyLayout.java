package io.holcstore.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.DoublePredicate;

/**
 * The little-endian element layouts numpy's {@code tobytes()} writes for the dtypes other than float64, read as
 * float64 values ({@code ndarray.astype("float64")}): float32 widened exactly (NaN kept as NaN), int32 exactly, int64
 * rounded to the nearest double beyond 2^53, as numpy rounds it. Written back only when every value is held exactly.
 */
enum NumpyLayout {
    FLOAT32(Float.BYTES, ByteBuffer::getFloat,
            value -> Double.isNaN(value) || (double) (float) value == value,
            (raw, at, value) -> raw.putFloat(at, (float) value)),
    INT32(Integer.BYTES, ByteBuffer::getInt,
            value -> value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE && value == Math.rint(value),
            (raw, at, value) -> raw.putInt(at, (int) value)),
    /** 2^63 is a double but no long: its upper bound is exclusive. */
    INT64(Long.BYTES, ByteBuffer::getLong,
            value -> value >= -0x1p63 && value < 0x1p63 && value == Math.rint(value),
            (raw, at, value) -> raw.putLong(at, (long) value));

    /** Reads the element at byte offset {@code at}, widened to a double. */
    @FunctionalInterface
    private interface ElementReader {
        double read(ByteBuffer raw, int at);
    }

    /** Writes {@code value}, narrowed to the element type, at byte offset {@code at}. */
    @FunctionalInterface
    private interface ElementWriter {
        void write(ByteBuffer raw, int at, double value);
    }

    private final int width;
    private final ElementReader reader;
    private final DoublePredicate exact;
    private final ElementWriter writer;

    NumpyLayout(int width, ElementReader reader, DoublePredicate exact, ElementWriter writer) {
        this.width = width;
        this.reader = reader;
        this.exact = exact;
        this.writer = writer;
    }

    /** Bytes per element. */
    int width() {
        return width;
    }

    /** Element {@code index} of {@code raw} (little-endian), as a double. */
    double read(ByteBuffer raw, int index) {
        return reader.read(raw, index * width);
    }

    /** Whether this layout holds {@code value} exactly. */
    boolean holds(double value) {
        return exact.test(value);
    }

    /** Writes {@code value}, which it {@link #holds}, as element {@code index} of {@code raw}. */
    void write(ByteBuffer raw, int index, double value) {
        writer.write(raw, index * width, value);
    }

    /** The {@code count} elements of {@code raw} into {@code target[offset, offset + count)}. */
    void readInto(byte[] raw, double[] target, int offset, int count) {
        ByteBuffer view = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            target[offset + i] = read(view, i);
        }
    }
}
