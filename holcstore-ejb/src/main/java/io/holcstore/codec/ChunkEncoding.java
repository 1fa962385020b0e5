package io.holcstore.codec;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a chunk's values are turned into its stored blob and back, chosen by the chunk's stored
 * {@code dtype}. This is the single switch point on {@code dtype}: a new codec is a new constant here,
 * and stores never look at the string themselves. An unknown {@code dtype} is an error, never a guess.
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
    };

    private static final ChunkEncoding[] ALL = values();
    private static final String KNOWN =
            Arrays.stream(ALL).map(ChunkEncoding::dtype).collect(Collectors.joining(", ", "[", "]"));

    private final String dtype;

    ChunkEncoding(String dtype) {
        this.dtype = dtype;
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

    /** The blob to store for {@code values}; the empty array gives the tombstone blob. */
    public abstract byte[] encode(double[] values);

    /**
     * The values stored in {@code blob}; throws {@link CorruptChunkException} when it is not a valid
     * blob of this encoding.
     */
    public abstract double[] decode(byte[] blob);

    /**
     * The values stored in {@code blob}, refusing with {@link CorruptChunkException} a blob that declares
     * or holds more than {@code maxValues}: bounds what a forged blob from outside can make a reader allocate.
     */
    public abstract double[] decode(byte[] blob, int maxValues);

    /**
     * Decodes {@code blob}, which must hold exactly {@code count} values, into
     * {@code target[offset, offset + count)}; throws {@link CorruptChunkException} otherwise.
     */
    public abstract void decodeInto(byte[] blob, double[] target, int offset, int count);
}
