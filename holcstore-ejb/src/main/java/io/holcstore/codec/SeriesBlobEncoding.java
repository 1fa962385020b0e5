package io.holcstore.codec;

import io.holcstore.series.IndexedSeries;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a whole series (regular or not) is turned into the blob of the stores that keep one blob per series
 * ({@code TimeseriesStore}, {@code LoadCurveStore}) and back, chosen by the row's stored {@code dtype}: the single
 * switch point on it, as {@link ChunkEncoding} is for chunks. An unknown {@code dtype} is an error, never a guess.
 * The layouts and the reasons for them are in {@code FORMAT.md} at the root of the repository.
 */
public enum SeriesBlobEncoding {
    /**
     * One LZ4 frame of, little-endian: the point count {@code n} (int32), then {@code n} int64 instants as
     * differences in milliseconds (the first from the epoch, each next one from the one before), then {@code n}
     * float64 values. A regular series repeats one difference, which LZ4 folds to almost nothing; numpy reads it with
     * {@code np.cumsum(np.frombuffer(raw, "<i8", n, 4))} and {@code np.frombuffer(raw, "<f8", n, 4 + 8 * n)}.
     */
    INDEXED_FLOAT64("indexed_float64");

    private static final SeriesBlobEncoding[] ALL = values();
    private static final String KNOWN = Arrays.stream(ALL).map(SeriesBlobEncoding::dtype).collect(Collectors.joining(", "));
    private static final int COUNT_BYTES = Integer.BYTES;
    private static final int POINT_BYTES = Long.BYTES + Double.BYTES;
    private static final int MAX_POINTS = (Lz4FrameDecoder.MAX_ARRAY_LENGTH - COUNT_BYTES) / POINT_BYTES;
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE_LE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

    private final String dtype;

    SeriesBlobEncoding(String dtype) {
        this.dtype = dtype;
    }

    /** The encoding stores write. */
    public static SeriesBlobEncoding current() {
        return INDEXED_FLOAT64;
    }

    /** The encoding stored under {@code dtype}; throws {@link UnknownDtypeException} for any other string. */
    public static SeriesBlobEncoding forDtype(String dtype) {
        for (SeriesBlobEncoding encoding : ALL) {
            if (encoding.dtype.equals(dtype)) {
                return encoding;
            }
        }
        throw new UnknownDtypeException(dtype, KNOWN);
    }

    /** The string stored in a row's {@code dtype} column for this encoding. */
    public String dtype() {
        return dtype;
    }

    /**
     * The blob of {@code series}; NaN payloads are kept bit for bit.
     *
     * @throws IllegalArgumentException if the series has more points than one blob holds (about 134 million)
     */
    public byte[] encode(IndexedSeries series) {
        int n = series.size();
        if (n > MAX_POINTS) {
            throw new IllegalArgumentException(n + " points are too many for one blob (at most " + MAX_POINTS + ")");
        }
        byte[] raw = new byte[COUNT_BYTES + n * POINT_BYTES];
        INT_LE.set(raw, 0, n);
        int instants = COUNT_BYTES;
        int values = COUNT_BYTES + n * Long.BYTES;
        long previous = 0;
        for (int i = 0; i < n; i++) {
            long millis = series.epochMilliAt(i);
            LONG_LE.set(raw, instants + i * Long.BYTES, millis - previous);
            previous = millis;
            DOUBLE_LE.set(raw, values + i * Double.BYTES, series.valueAt(i));
        }
        return Lz4FrameEncoder.encode(raw);
    }

    /**
     * The series {@code blob} holds, rendered in {@code zone}.
     *
     * @throws CorruptChunkException if the blob is not a frame of this layout, or its instants do not strictly increase
     */
    public IndexedSeries decode(byte[] blob, ZoneId zone) {
        byte[] raw = Lz4FrameDecoder.decode(blob);
        if (raw.length < COUNT_BYTES) {
            throw new CorruptChunkException(dtype + " blob decodes to " + raw.length + " bytes, fewer than its point count");
        }
        int n = (int) INT_LE.get(raw, 0);
        if (n < 0 || n > MAX_POINTS || raw.length != COUNT_BYTES + n * POINT_BYTES) {
            throw new CorruptChunkException(dtype + " blob declares " + n + " points but decodes to " + raw.length
                    + " bytes (" + POINT_BYTES + " per point after a " + COUNT_BYTES + "-byte count)");
        }
        long[] millis = new long[n];
        double[] values = new double[n];
        int valuesAt = COUNT_BYTES + n * Long.BYTES;
        long previous = 0;
        for (int i = 0; i < n; i++) {
            long delta = (long) LONG_LE.get(raw, COUNT_BYTES + i * Long.BYTES);
            try {
                previous = Math.addExact(previous, delta);
            } catch (ArithmeticException e) {
                throw new CorruptChunkException(dtype + " blob: instant " + i + " overflows the epoch milliseconds", e);
            }
            millis[i] = previous;
            values[i] = (double) DOUBLE_LE.get(raw, valuesAt + i * Double.BYTES);
        }
        try {
            // adopting checks that the instants strictly increase: one pass over them, not a second one here
            return IndexedSeries.adopting(millis, values, zone);
        } catch (IllegalArgumentException e) {
            throw new CorruptChunkException(dtype + " blob: " + e.getMessage(), e);
        }
    }
}
