package io.holcstore.codec;

import net.jpountz.xxhash.XXHash32;
import net.jpountz.xxhash.XXHashFactory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Decodes one LZ4 frame (format 1.6) into a byte array, or straight into little-endian float64 values.
 *
 * <p>Hand-written because the Python reference stores chunks with {@code lz4.frame.compress} defaults,
 * which link blocks (FLG {@code 0x48}: a block may copy from the blocks before it), and lz4-java cannot
 * read linked-block frames: {@code LZ4FrameInputStream} rejects them and its block decompressors take no
 * external dictionary. This decoder writes every block into one output array, so back-references may
 * cross block boundaries; independent-block frames are read the same way.
 *
 * <p>Supported: both block modes, optional content size (sizes the output exactly; without it the output
 * grows), all four maximum block sizes, stored (uncompressed) blocks, and optional block and content
 * checksums, which are verified. Not supported: dictionary ids, skippable frames, concatenated frames.
 *
 * <p>Every malformed input throws {@link CorruptChunkException} naming the problem and its byte offset
 * in the frame; no input makes it loop forever, index out of bounds, or allocate more than the caller's
 * limit or 255 times the frame length (LZ4's largest expansion), whichever is smaller. Thread-safe.
 */
public final class Lz4FrameDecoder {
    /** Largest array length every JVM allocates; the default limit on the decoded size. */
    public static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    static final int MAGIC = 0x184D2204;
    /** LZ4 cannot expand its input more than this: a match byte adds at most 255 output bytes. */
    static final int MAX_EXPANSION = 255;

    private static final int FLG_BLOCK_INDEPENDENCE = 0x20;
    private static final int FLG_BLOCK_CHECKSUM = 0x10;
    private static final int FLG_CONTENT_SIZE = 0x08;
    private static final int FLG_CONTENT_CHECKSUM = 0x04;
    private static final int FLG_RESERVED = 0x02;
    private static final int FLG_DICT_ID = 0x01;
    private static final int BLOCK_UNCOMPRESSED = 0x80000000;
    private static final int MIN_MATCH = 4;
    /** Literal runs and matches up to this length are copied as two longs when the buffers have room. */
    private static final int WILD_COPY = 16;

    /**
     * Decoded bytes of a chunk are reused per thread up to this size (a year of 15-minute values is
     * 280 KB): allocating and zeroing a fresh array per chunk took a fifth of the time to read a year
     * store. Larger outputs get an array of their own. The arrays are plain bytes, so a thread holding
     * one after an undeploy keeps no class of the application alive.
     */
    private static final int SCRATCH_MAX_BYTES = 1 << 20;
    private static final ThreadLocal<byte[]> SCRATCH = new ThreadLocal<>();

    private static final XXHash32 XXHASH = XXHashFactory.fastestInstance().hash32();
    private static final VarHandle INT_LE =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Lz4FrameDecoder() {
    }

    /** Decodes {@code frame}; the decoded size may be anything up to {@link #MAX_ARRAY_LENGTH}. */
    public static byte[] decode(byte[] frame) {
        return decode(frame, MAX_ARRAY_LENGTH);
    }

    /**
     * Decodes {@code frame}, refusing (with {@link CorruptChunkException}) a frame that declares or
     * produces more than {@code maxBytes} bytes.
     */
    public static byte[] decode(byte[] frame, int maxBytes) {
        if (maxBytes < 0 || maxBytes > MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException("maxBytes " + maxBytes + " outside 0.." + MAX_ARRAY_LENGTH);
        }
        return decodeFrame(frame, maxBytes, null).exact();
    }

    /** Decodes {@code frame} as little-endian float64 values, as numpy's {@code tobytes()} writes them. */
    public static double[] decodeFloat64(byte[] frame) {
        return decodeFloat64(frame, MAX_ARRAY_LENGTH / Double.BYTES);
    }

    /**
     * Decodes {@code frame} as little-endian float64 values, refusing a frame that holds more than
     * {@code maxValues} values or whose decoded length is not a multiple of 8. NaN payloads are kept bit
     * for bit.
     */
    public static double[] decodeFloat64(byte[] frame, int maxValues) {
        if (maxValues < 0 || maxValues > MAX_ARRAY_LENGTH / Double.BYTES) {
            throw new IllegalArgumentException(
                    "maxValues " + maxValues + " outside 0.." + MAX_ARRAY_LENGTH / Double.BYTES);
        }
        byte[] raw = decodeFrame(frame, maxValues * Double.BYTES, null).exact();
        if (raw.length % Double.BYTES != 0) {
            throw new CorruptChunkException("frame decodes to " + raw.length
                    + " bytes, not a whole number of float64 values (" + frame.length + "-byte frame)");
        }
        // A bulk view copy measured about 1.5x faster than a VarHandle loop on chunk-sized arrays.
        double[] values = new double[raw.length / Double.BYTES];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
        return values;
    }

    /**
     * Decodes {@code frame}, which must hold exactly {@code count} little-endian float64 values, into
     * {@code target[offset, offset + count)}: no intermediate array of doubles, for readers that join
     * many chunks into one series.
     */
    public static void decodeFloat64Into(byte[] frame, double[] target, int offset, int count) {
        java.util.Objects.checkFromIndexSize(offset, count, target.length);
        int bytes = count * Double.BYTES;
        Decoded raw = decodeFrame(frame, bytes, scratch(bytes));
        if (raw.length() != bytes) {
            String found = raw.length() % Double.BYTES == 0 ? raw.length() / Double.BYTES + " values"
                    : raw.length() + " bytes, not a whole number of float64 values,";
            throw new CorruptChunkException("frame holds " + found + " where " + count + " were expected");
        }
        ByteBuffer.wrap(raw.bytes(), 0, bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(target, offset, count);
    }

    /** This thread's reusable output array if {@code bytes} fits under {@link #SCRATCH_MAX_BYTES}, else null. */
    private static byte[] scratch(int bytes) {
        if (bytes > SCRATCH_MAX_BYTES) {
            return null;
        }
        byte[] scratch = SCRATCH.get();
        if (scratch == null || scratch.length < bytes) {
            scratch = new byte[Math.max(bytes, scratch == null ? 0 : Math.min(SCRATCH_MAX_BYTES, 2 * scratch.length))];
            SCRATCH.set(scratch);
        }
        return scratch;
    }

    /** The first {@code length} bytes of {@code bytes} were decoded ({@code bytes} may be a longer, reused array). */
    private record Decoded(byte[] bytes, int length) {
        /** The decoded bytes in an array of their own length. */
        byte[] exact() {
            return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
        }
    }

    /**
     * Decodes {@code frame} into {@code reuse} when it holds the largest output allowed (the declared
     * content size, or {@code maxBytes}), else into a new array.
     */
    private static Decoded decodeFrame(byte[] frame, int maxBytes, byte[] reuse) {
        final int len = frame.length;
        if (len < 7) {
            throw corrupt("frame truncated: " + len + " bytes, shorter than the smallest frame header", len);
        }
        int magic = (int) INT_LE.get(frame, 0);
        if (magic != MAGIC) {
            throw corrupt(String.format("bad magic number 0x%08X, expected 0x%08X", magic, MAGIC), 0);
        }
        int flg = frame[4] & 0xFF;
        if (flg >>> 6 != 1) {
            throw corrupt(String.format("unsupported frame version %d in FLG 0x%02X", flg >>> 6, flg), 4);
        }
        if ((flg & FLG_RESERVED) != 0) {
            throw corrupt(String.format("reserved bit set in FLG 0x%02X", flg), 4);
        }
        int bd = frame[5] & 0xFF;
        if ((bd & 0x8F) != 0) {
            throw corrupt(String.format("reserved bits set in BD 0x%02X", bd), 5);
        }
        int sizeCode = bd >>> 4;
        if (sizeCode < 4) {
            throw corrupt(String.format("invalid block maximum size code %d in BD 0x%02X", sizeCode, bd), 5);
        }
        final int blockMax = 1 << (2 * sizeCode + 8);
        final boolean independent = (flg & FLG_BLOCK_INDEPENDENCE) != 0;
        final boolean blockChecksum = (flg & FLG_BLOCK_CHECKSUM) != 0;
        final boolean hasContentSize = (flg & FLG_CONTENT_SIZE) != 0;
        final boolean contentChecksum = (flg & FLG_CONTENT_CHECKSUM) != 0;
        final boolean hasDictId = (flg & FLG_DICT_ID) != 0;

        final int hcPos = 6 + (hasContentSize ? 8 : 0) + (hasDictId ? 4 : 0);
        if (len <= hcPos) {
            throw corrupt("frame truncated inside its " + (hcPos + 1) + "-byte header", len);
        }
        int hc = (XXHASH.hash(frame, 4, hcPos - 4, 0) >>> 8) & 0xFF;
        if (hc != (frame[hcPos] & 0xFF)) {
            throw corrupt(String.format("header checksum mismatch: stored 0x%02X, computed 0x%02X",
                    frame[hcPos] & 0xFF, hc), hcPos);
        }
        if (hasDictId) {
            throw corrupt("frame needs a dictionary (dictionary id set in FLG), which is unsupported",
                    hcPos - 4);
        }

        final int limit;
        byte[] out;
        if (hasContentSize) {
            long contentSize = (long) LONG_LE.get(frame, 6);
            if (contentSize < 0 || contentSize > maxBytes) {
                throw corrupt("declared content size " + Long.toUnsignedString(contentSize)
                        + " exceeds the limit of " + maxBytes + " bytes", 6);
            }
            if (contentSize > (long) MAX_EXPANSION * len) {
                throw corrupt("declared content size " + contentSize + " is impossible for a " + len
                        + "-byte frame (LZ4 expands at most " + MAX_EXPANSION + ":1)", 6);
            }
            limit = (int) contentSize;
            out = reuse != null && reuse.length >= limit ? reuse : new byte[limit];
        } else {
            limit = maxBytes;
            out = reuse != null && reuse.length >= limit ? reuse : new byte[(int) Math.min(limit, 2L * len)];
        }

        int sp = hcPos + 1;
        int dp = 0;
        while (true) {
            if (len - sp < 4) {
                throw corrupt("frame truncated: expected a 4-byte block size or end mark", sp);
            }
            final int word = (int) INT_LE.get(frame, sp);
            final int wordPos = sp;
            sp += 4;
            if (word == 0) {
                break;
            }
            final int size = word & ~BLOCK_UNCOMPRESSED;
            final boolean stored = (word & BLOCK_UNCOMPRESSED) != 0;
            if (size > blockMax) {
                throw corrupt("block size " + size + " exceeds the frame's maximum block size " + blockMax,
                        wordPos);
            }
            if (size > len - sp) {
                throw corrupt("block of " + size + " bytes runs past the end of the " + len + "-byte frame",
                        wordPos);
            }
            if (blockChecksum) {
                int sumPos = sp + size;
                if (len - sumPos < 4) {
                    throw corrupt("frame truncated inside a block checksum", sumPos);
                }
                if (XXHASH.hash(frame, sp, size, 0) != (int) INT_LE.get(frame, sumPos)) {
                    throw corrupt("block checksum mismatch for the block of " + size + " bytes", sumPos);
                }
            }
            // A block decodes to at most blockMax bytes, and to at most 255 bytes per input byte.
            long bound = stored ? size : (long) MAX_EXPANSION * size;
            int blockLimit = (int) Math.min(Math.min(limit, (long) dp + blockMax), dp + bound);
            if (blockLimit > out.length) {
                long grown = Math.min(Math.min(limit, 2L * out.length), (long) MAX_EXPANSION * len);
                out = Arrays.copyOf(out, (int) Math.max(blockLimit, grown));
            }
            if (stored) {
                if (size > blockLimit - dp) {
                    throw corrupt("uncompressed block of " + size + " bytes overruns "
                            + (hasContentSize ? "the declared content size " : "the limit of ") + limit
                            + " bytes at decoded position " + dp, wordPos);
                }
                System.arraycopy(frame, sp, out, dp, size);
                dp += size;
            } else {
                // word != 0 and the high bit is clear, so size >= 1: decodeBlock may read its first token.
                dp = decodeBlock(frame, sp, sp + size, out, dp, blockLimit, independent ? dp : 0);
            }
            sp += size + (blockChecksum ? 4 : 0);
        }
        final int endMarkPos = sp - 4;
        if (contentChecksum) {
            if (len - sp < 4) {
                throw corrupt("frame truncated inside its content checksum", sp);
            }
            if (XXHASH.hash(out, 0, dp, 0) != (int) INT_LE.get(frame, sp)) {
                throw corrupt("content checksum mismatch over " + dp + " decoded bytes", sp);
            }
            sp += 4;
        }
        if (sp != len) {
            throw corrupt((len - sp) + " trailing bytes after the end of the frame", sp);
        }
        if (hasContentSize && dp != limit) {
            throw corrupt("frame decodes to " + dp + " bytes but declares a content size of " + limit, endMarkPos);
        }
        return new Decoded(out, dp);
    }

    /**
     * Decodes the LZ4 block {@code src[sp, srcEnd)} into {@code dst} from {@code dp}, writing nothing at
     * or after {@code dstLimit} and copying matches from no earlier than {@code dstBase}; returns the new
     * output position.
     */
    private static int decodeBlock(byte[] src, int sp, final int srcEnd,
                                   byte[] dst, int dp, final int dstLimit, final int dstBase) {
        // Invariant at the top of the loop: sp < srcEnd. Lengths cannot overflow an int, because a
        // block is at most 4 MiB and every extra length byte adds at most 255.
        while (true) {
            final int token = src[sp++] & 0xFF;
            int literals = token >>> 4;
            if (literals == 15) {
                int b;
                do {
                    if (sp >= srcEnd) {
                        throw corrupt("block ends inside a literal length", sp);
                    }
                    b = src[sp++] & 0xFF;
                    literals += b;
                } while (b == 255);
            }
            if (literals > srcEnd - sp) {
                throw corrupt(literals + " literals run past the end of the block", sp);
            }
            if (literals > dstLimit - dp) {
                throw corrupt(literals + " literals overrun the output at decoded position " + dp, sp);
            }
            if (literals <= WILD_COPY && srcEnd - sp >= WILD_COPY && dstLimit - dp >= WILD_COPY) {
                // Short run with room to spare: copy 16 bytes; the excess is overwritten later.
                LONG_LE.set(dst, dp, (long) LONG_LE.get(src, sp));
                LONG_LE.set(dst, dp + 8, (long) LONG_LE.get(src, sp + 8));
            } else {
                System.arraycopy(src, sp, dst, dp, literals);
            }
            sp += literals;
            dp += literals;
            if (sp == srcEnd) {
                return dp;
            }

            if (srcEnd - sp < 2) {
                throw corrupt("block ends inside a match offset", sp);
            }
            final int offset = (src[sp] & 0xFF) | (src[sp + 1] & 0xFF) << 8;
            if (offset == 0) {
                throw corrupt("match offset 0", sp);
            }
            if (offset > dp - dstBase) {
                throw corrupt("match offset " + offset + " reaches before the start of the output ("
                        + (dp - dstBase) + " bytes available)", sp);
            }
            sp += 2;
            int matchLength = token & 0x0F;
            if (matchLength == 15) {
                int b;
                do {
                    if (sp >= srcEnd) {
                        throw corrupt("block ends inside a match length", sp);
                    }
                    b = src[sp++] & 0xFF;
                    matchLength += b;
                } while (b == 255);
            }
            matchLength += MIN_MATCH;
            if (matchLength > dstLimit - dp) {
                throw corrupt("match of " + matchLength + " bytes overruns the output at decoded position "
                        + dp, sp);
            }
            final int mp = dp - offset;
            if (offset >= 8 && matchLength <= WILD_COPY && dstLimit - dp >= WILD_COPY) {
                // Short match at least 8 back: two 8-byte copies; the second may read what the first
                // wrote, exactly as a byte-by-byte copy would.
                LONG_LE.set(dst, dp, (long) LONG_LE.get(dst, mp));
                LONG_LE.set(dst, dp + 8, (long) LONG_LE.get(dst, mp + 8));
                dp += matchLength;
            } else if (offset >= matchLength) {
                System.arraycopy(dst, mp, dst, dp, matchLength);
                dp += matchLength;
            } else if (offset == 1) {
                Arrays.fill(dst, dp, dp + matchLength, dst[mp]);
                dp += matchLength;
            } else {
                // Overlapping match: the output repeats with period offset, so copy whole periods from
                // mp, doubling what is available each round.
                final int end = dp + matchLength;
                while (dp < end) {
                    int n = Math.min(dp - mp, end - dp);
                    System.arraycopy(dst, mp, dst, dp, n);
                    dp += n;
                }
            }
            if (sp == srcEnd) {
                throw corrupt("block ends with a match; the last sequence must be literals only", sp);
            }
        }
    }

    private static CorruptChunkException corrupt(String problem, int offset) {
        return new CorruptChunkException("corrupt LZ4 frame: " + problem + " at byte offset " + offset);
    }
}
