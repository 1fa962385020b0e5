package io.holcstore.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How a chunk's values are turned into its stored blob and back, chosen by the chunk's stored
 * {@code dtype}. This is the single switch point on {@code dtype}: a new codec is a new constant here,
 * and stores never look at the string themselves. An unknown {@code dtype} is an error, never a guess.
 *
 * <p>Every dtype is an LZ4 frame of the little-endian elements numpy's {@code tobytes()} writes, read as float64
 * values: our stores write float64 only, and read the numeric dtypes a Python upstream may hold (float32, int32,
 * int64: {@link NumpyLayout}), so that such a chunk, imported with its blob and dtype as stored, reads as numpy's
 * {@code astype("float64")} would.
 */
public enum ChunkEncoding {
    /** Little-endian IEEE 754 doubles in one LZ4 frame: {@code lz4.frame.compress(ndarray.tobytes())}. */
    FLOAT64("float64") {
        @Override
        public byte[] encode(double[] values) {
            return Lz4FrameEncoder.encodeFloat64(values);
        }

        @Override
        public double[] decode(byte[] blob) {
            return Lz4FrameDecoder.decodeFloat64(blob);
        }

        @Override
        public double[] decode(byte[] blob, int maxValues) {
            return Lz4FrameDecoder.decodeFloat64(blob, maxValues);
        }

        @Override
        public void decodeInto(byte[] blob, double[] target, int offset, int count) {
            Lz4FrameDecoder.decodeFloat64Into(blob, target, offset, count);
        }
    },
    /** Little-endian IEEE 754 floats (numpy {@code float32}), read widened to float64. */
    FLOAT32("float32", NumpyLayout.FLOAT32),
    /** Little-endian 32-bit integers (numpy {@code int32}), read as float64. */
    INT32("int32", NumpyLayout.INT32),
    /** Little-endian 64-bit integers (numpy {@code int64}), read as float64 (rounded beyond 2^53, as numpy does). */
    INT64("int64", NumpyLayout.INT64);

    private static final ChunkEncoding[] ALL = values();
    private static final String KNOWN =
            Arrays.stream(ALL).map(ChunkEncoding::dtype).collect(Collectors.joining(", ", "[", "]"));

    private final String dtype;
    /** The element layout of a dtype read through the generic path; null for float64, which has its own. */
    private final NumpyLayout layout;

    ChunkEncoding(String dtype) {
        this(dtype, null);
    }

    ChunkEncoding(String dtype, NumpyLayout layout) {
        this.dtype = dtype;
        this.layout = layout;
    }

    /** The encoding stored under {@code dtype}; throws {@link UnknownDtypeException} for any other string. */
    public static ChunkEncoding forDtype(String dtype) {
        for (ChunkEncoding encoding : ALL) {
            if (encoding.dtype.equals(dtype)) {
                return encoding;
            }
        }
        throw new UnknownDtypeException(dtype, KNOWN);
    }

    /** The string stored in a chunk's {@code dtype} column for this encoding. */
    public String dtype() {
        return dtype;
    }

    /**
     * The blob to store for {@code values}; the empty array gives the tombstone blob. A dtype other than float64
     * takes only values it holds exactly: anything else is an {@link UnencodableValueException} naming it.
     */
    public byte[] encode(double[] values) {
        ByteBuffer raw = ByteBuffer.allocate(Math.multiplyExact(values.length, layout.width())).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < values.length; i++) {
            if (!layout.holds(values[i])) {
                throw new UnencodableValueException("dtype " + dtype + " cannot hold value " + values[i] + " (index " + i
                        + ") exactly");
            }
            layout.write(raw, i, values[i]);
        }
        return Lz4FrameEncoder.encode(raw.array());
    }

    /**
     * The values stored in {@code blob}; throws {@link CorruptChunkException} when it is not a valid
     * blob of this encoding.
     */
    public double[] decode(byte[] blob) {
        return decode(blob, Lz4FrameDecoder.MAX_ARRAY_LENGTH / layout.width());
    }

    /**
     * The values stored in {@code blob}, refusing with {@link CorruptChunkException} a blob that declares
     * or holds more than {@code maxValues}: bounds what a forged blob from outside can make a reader allocate.
     */
    public double[] decode(byte[] blob, int maxValues) {
        byte[] raw = Lz4FrameDecoder.decode(blob, maxBytes(maxValues));
        double[] values = new double[elements(raw, blob)];
        layout.readInto(raw, values, 0, values.length);
        return values;
    }

    /**
     * Decodes {@code blob}, which must hold exactly {@code count} values, into
     * {@code target[offset, offset + count)}; throws {@link CorruptChunkException} otherwise.
     */
    public void decodeInto(byte[] blob, double[] target, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, target.length);
        byte[] raw = Lz4FrameDecoder.decode(blob, maxBytes(count));
        int found = elements(raw, blob);
        if (found != count) {
            throw new CorruptChunkException("frame holds " + found + " " + dtype + " values where " + count + " were expected");
        }
        layout.readInto(raw, target, offset, count);
    }

    /** The bytes {@code maxValues} elements take, within what one array holds. */
    private int maxBytes(int maxValues) {
        if (maxValues < 0) {
            throw new IllegalArgumentException("maxValues must be at least 0, got " + maxValues);
        }
        return (int) Math.min((long) maxValues * layout.width(), Lz4FrameDecoder.MAX_ARRAY_LENGTH);
    }

    /** The whole elements {@code raw} holds; a stray byte means the blob is not of this dtype. */
    private int elements(byte[] raw, byte[] blob) {
        if (raw.length % layout.width() != 0) {
            throw new CorruptChunkException("frame decodes to " + raw.length + " bytes, not a whole number of " + dtype
                    + " values (" + blob.length + "-byte frame)");
        }
        return raw.length / layout.width();
    }
}
