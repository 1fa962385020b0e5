package io.holcstore.codec;

import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.xxhash.XXHash32;
import net.jpountz.xxhash.XXHashFactory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * Writes one LZ4 frame that Python's {@code lz4.frame.decompress} and lz4-java's
 * {@code LZ4FrameInputStream} both read: 64 KiB independent blocks compressed by lz4-java's fast
 * compressor, content size stored (FLG {@code 0x68}, BD {@code 0x40}), no checksums, and a block that
 * does not shrink stored uncompressed. The empty input gives the 11-byte frame Python writes for an
 * empty array (FLG {@code 0x60}, no content size), byte for byte.
 *
 * <p>The frame is assembled by hand around {@link LZ4Compressor#compress} into one buffer, instead of
 * through {@code LZ4FrameOutputStream}, to avoid its per-stream buffers and copies. Blocks are
 * independent, where Python links them by default; both read back with {@link Lz4FrameDecoder}.
 * Output of compressible data is not byte-identical to Python's (the two compressors choose different
 * matches). Thread-safe.
 */
public final class Lz4FrameEncoder {
    /** Size of every block but the last: 64 KiB, as Python writes. */
    static final int BLOCK_SIZE = 64 * 1024;
    static final int FLG_INDEPENDENT_WITH_SIZE = 0x68;
    static final int FLG_INDEPENDENT = 0x60;
    static final int BD_64KB = 0x40;

    private static final int HEADER_WITH_SIZE = 15;
    private static final int BLOCK_UNCOMPRESSED = 0x80000000;
    private static final LZ4Compressor COMPRESSOR = LZ4Factory.fastestInstance().fastCompressor();
    private static final XXHash32 XXHASH = XXHashFactory.fastestInstance().hash32();
    private static final VarHandle INT_LE =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final byte[] EMPTY_FRAME = emptyFrame();

    private Lz4FrameEncoder() {
    }

    /** Encodes {@code raw} as one frame. */
    public static byte[] encode(byte[] raw) {
        int length = raw.length;
        if (length == 0) {
            return EMPTY_FRAME.clone();
        }
        byte[] out = new byte[capacity(length)];
        int pos = writeHeader(out, length);
        for (int off = 0; off < length; off += BLOCK_SIZE) {
            pos = writeBlock(raw, off, Math.min(BLOCK_SIZE, length - off), out, pos);
        }
        return finish(out, pos);
    }

    /** Encodes {@code values} as little-endian float64, as numpy's {@code tobytes()} lays them out. */
    public static byte[] encodeFloat64(double[] values) {
        return encodeFloat64(values, 0, values.length);
    }

    /** Encodes {@code values[from, to)} as little-endian float64; NaN payloads are kept bit for bit. */
    public static byte[] encodeFloat64(double[] values, int from, int to) {
        Objects.checkFromToIndex(from, to, values.length);
        long longLength = (long) (to - from) * Double.BYTES;
        if (longLength > Lz4FrameDecoder.MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException((to - from) + " values are too many for one frame");
        }
        int length = (int) longLength;
        if (length == 0) {
            return EMPTY_FRAME.clone();
        }
        byte[] out = new byte[capacity(length)];
        // Each block's doubles go through one reused 64 KiB buffer; a bulk view copy measured faster
        // than a VarHandle loop.
        byte[] block = new byte[Math.min(BLOCK_SIZE, length)];
        DoubleBuffer blockValues = ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        int pos = writeHeader(out, length);
        final int perBlock = BLOCK_SIZE / Double.BYTES;
        for (int i = from; i < to; i += perBlock) {
            int n = Math.min(perBlock, to - i);
            blockValues.clear();
            blockValues.put(values, i, n);
            pos = writeBlock(block, 0, n * Double.BYTES, out, pos);
        }
        return finish(out, pos);
    }

    private static int capacity(int length) {
        int blocks = (length + BLOCK_SIZE - 1) / BLOCK_SIZE;
        int last = length - (blocks - 1) * BLOCK_SIZE;
        long capacity = HEADER_WITH_SIZE + 4L
                + (long) (blocks - 1) * (4 + COMPRESSOR.maxCompressedLength(BLOCK_SIZE))
                + 4 + COMPRESSOR.maxCompressedLength(last);
        if (capacity > Lz4FrameDecoder.MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException(length + " bytes are too many for one frame");
        }
        return (int) capacity;
    }

    /** Writes magic, FLG 0x68, BD 0x40, the content size and HC; returns the position after them. */
    private static int writeHeader(byte[] out, int contentSize) {
        INT_LE.set(out, 0, Lz4FrameDecoder.MAGIC);
        out[4] = (byte) FLG_INDEPENDENT_WITH_SIZE;
        out[5] = (byte) BD_64KB;
        LONG_LE.set(out, 6, (long) contentSize);
        out[14] = headerChecksum(out, 14);
        return HEADER_WITH_SIZE;
    }

    /** Compresses {@code src[off, off + length)} as one block at {@code out[pos]}; returns the position after it. */
    private static int writeBlock(byte[] src, int off, int length, byte[] out, int pos) {
        int data = pos + 4;
        int compressed = COMPRESSOR.compress(src, off, length, out, data, out.length - data);
        if (compressed < length) {
            INT_LE.set(out, pos, compressed);
            return data + compressed;
        }
        INT_LE.set(out, pos, length | BLOCK_UNCOMPRESSED);
        System.arraycopy(src, off, out, data, length);
        return data + length;
    }

    private static byte[] finish(byte[] out, int pos) {
        INT_LE.set(out, pos, 0);
        return Arrays.copyOf(out, pos + 4);
    }

    /** HC: the second byte of xxh32 (seed 0) over the frame descriptor, from FLG up to HC. */
    private static byte headerChecksum(byte[] frame, int hcPos) {
        return (byte) (XXHASH.hash(frame, 4, hcPos - 4, 0) >>> 8);
    }

    private static byte[] emptyFrame() {
        byte[] frame = new byte[11];
        INT_LE.set(frame, 0, Lz4FrameDecoder.MAGIC);
        frame[4] = (byte) FLG_INDEPENDENT;
        frame[5] = (byte) BD_64KB;
        frame[6] = headerChecksum(frame, 6);
        return frame;
    }
}
