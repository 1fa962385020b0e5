package io.holcstore.codec;

import io.holcstore.HolcStoreException;
import io.holcstore.codec.CodecFixtures.BlockBuilder;
import io.holcstore.codec.CodecFixtures.FrameBuilder;
import net.jpountz.lz4.LZ4FrameOutputStream.BLOCKSIZE;
import net.jpountz.lz4.LZ4FrameOutputStream.FLG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import static io.holcstore.codec.CodecFixtures.frame;
import static io.holcstore.codec.CodecFixtures.raw;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Malformed frames: each must throw {@link CorruptChunkException} naming the problem and its offset. */
class Lz4FrameCorruptionTest {

    private static final byte[] SMALL_BLOCK = new BlockBuilder()
            .sequence(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, 8, 24).last(new byte[] {9, 9, 9, 9, 9}).build();
    private static final int SMALL_SIZE = 8 + 24 + 5;

    @ParameterizedTest
    @ValueSource(strings = {"empty", "month_hourly_nan_gaps", "year_15min_smooth_load"})
    void everyTruncationIsCorrupt(String vector) {
        byte[] frame = frame(vector);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int length = 0; length < frame.length; length++) {
                byte[] truncated = Arrays.copyOf(frame, length);
                int at = length;
                CorruptChunkException e = assertThrows(CorruptChunkException.class,
                        () -> Lz4FrameDecoder.decode(truncated), () -> "truncated at " + at);
                assertTrue(e.getMessage().contains("at byte offset"), e.getMessage());
            }
        });
    }

    @Test
    void truncationAtTheLastByteNamesTheMissingEndMark() {
        byte[] frame = frame("year_hourly_random");
        CorruptChunkException e = assertCorrupt(Arrays.copyOf(frame, frame.length - 1),
                "expected a 4-byte block size or end mark");
        assertTrue(e.getMessage().contains("at byte offset " + (frame.length - 4)), e.getMessage());
    }

    @Test
    void badMagic() {
        byte[] frame = frame("month_hourly_nan_gaps");
        frame[0] = 0x05;
        assertCorrupt(frame, "bad magic number 0x184D2205, expected 0x184D2204 at byte offset 0");
    }

    @Test
    void badHeaderChecksum() {
        byte[] frame = frame("year_hourly_random");
        frame[14] ^= 0x01;
        assertCorrupt(frame, "header checksum mismatch");
        assertCorrupt(frame, "at byte offset 14");
    }

    @Test
    void contentSizeChangedWithoutFixingTheHeaderChecksum() {
        byte[] frame = frame("year_hourly_random");
        frame[6] ^= 0x08;
        assertCorrupt(frame, "header checksum mismatch");
    }

    @Test
    void unsupportedVersionAndReservedBits() {
        assertCorrupt(new FrameBuilder().header(0x88, 0x40, null, null).endMark().build(),
                "unsupported frame version 2");
        assertCorrupt(new FrameBuilder().header(0x62, 0x40, null, null).endMark().build(),
                "reserved bit set in FLG 0x62 at byte offset 4");
        assertCorrupt(new FrameBuilder().header(0x60, 0x41, null, null).endMark().build(),
                "reserved bits set in BD 0x41 at byte offset 5");
        assertCorrupt(new FrameBuilder().header(0x60, 0x30, null, null).endMark().build(),
                "invalid block maximum size code 3");
    }

    @Test
    void dictionaryIdIsUnsupported() {
        byte[] frame = new FrameBuilder().header(0x61, 0x40, null, 42).endMark().build();
        assertCorrupt(frame, "dictionary id set in FLG), which is unsupported at byte offset 6");
    }

    @Test
    void absurdContentSize() {
        byte[] huge = new FrameBuilder().header(0x68, 1L << 40).endMark().build();
        assertCorrupt(huge, "declared content size 1099511627776 exceeds the limit of 2147483639 bytes");

        byte[] negative = new FrameBuilder().header(0x68, -1L).endMark().build();
        assertCorrupt(negative, "declared content size 18446744073709551615 exceeds the limit");

        byte[] implausible = new FrameBuilder().header(0x68, 100_000_000L)
                .compressedBlock(SMALL_BLOCK).endMark().build();
        assertCorrupt(implausible, "is impossible for a " + implausible.length + "-byte frame");
    }

    @Test
    void callerLimitRefusesLargerFrames() {
        byte[] frame = frame("month_hourly_nan_gaps");
        int values = CodecFixtures.manifest("month_hourly_nan_gaps").length();
        CorruptChunkException e = assertThrows(CorruptChunkException.class,
                () -> Lz4FrameDecoder.decodeFloat64(frame, values - 1));
        assertTrue(e.getMessage().contains("exceeds the limit of " + (values - 1) * 8 + " bytes"), e.getMessage());

        byte[] unsized = new FrameBuilder().header(0x60, null).compressedBlock(SMALL_BLOCK).endMark().build();
        assertEquals(SMALL_SIZE, Lz4FrameDecoder.decode(unsized, SMALL_SIZE).length);
        assertThrows(CorruptChunkException.class, () -> Lz4FrameDecoder.decode(unsized, SMALL_SIZE - 1));
    }

    @Test
    void blockLargerThanTheMaximumBlockSize() {
        byte[] frame = new FrameBuilder().header(0x60, null).int32(65_537).bytes(new byte[65_537]).endMark().build();
        assertCorrupt(frame, "block size 65537 exceeds the frame's maximum block size 65536 at byte offset 7");
        byte[] stored = new FrameBuilder().header(0x60, null).storedBlock(new byte[65_537]).endMark().build();
        assertCorrupt(stored, "block size 65537 exceeds");
    }

    @Test
    void blockRunningPastTheFrame() {
        byte[] frame = new FrameBuilder().header(0x60, null).int32(100).bytes(new byte[10]).build();
        assertCorrupt(frame, "block of 100 bytes runs past the end of the 21-byte frame at byte offset 7");
    }

    @Test
    void matchOffsetZero() {
        byte[] block = new BlockBuilder().sequence(new byte[] {1, 2, 3, 4}, 0, 4).last(new byte[5]).build();
        byte[] frame = new FrameBuilder().header(0x60, null).compressedBlock(block).endMark().build();
        // token at 11, four literals at 12..15, the offset at 16
        assertCorrupt(frame, "match offset 0 at byte offset 16");
    }

    @Test
    void matchOffsetBeforeTheOutputStart() {
        byte[] block = new BlockBuilder().sequence(new byte[] {1, 2, 3, 4}, 5, 4).last(new byte[5]).build();
        byte[] frame = new FrameBuilder().header(0x40, null).compressedBlock(block).endMark().build();
        assertCorrupt(frame, "match offset 5 reaches before the start of the output (4 bytes available) at byte offset 16");
    }

    @Test
    void literalsRunningPastTheBlock() {
        byte[] block = {(byte) 0x50, 1, 2, 3};
        byte[] frame = new FrameBuilder().header(0x60, null).compressedBlock(block).endMark().build();
        assertCorrupt(frame, "5 literals run past the end of the block at byte offset 12");

        byte[] lengthCut = {(byte) 0xF0, (byte) 255};
        assertCorrupt(new FrameBuilder().header(0x60, null).compressedBlock(lengthCut).endMark().build(),
                "block ends inside a literal length");
    }

    @Test
    void blockEndingInsideAMatch() {
        byte[] offsetCut = {(byte) 0x10, 1, 1};
        assertCorrupt(new FrameBuilder().header(0x60, null).compressedBlock(offsetCut).endMark().build(),
                "block ends inside a match offset");
        byte[] lengthCut = {(byte) 0x1F, 1, 1, 0};
        assertCorrupt(new FrameBuilder().header(0x60, null).compressedBlock(lengthCut).endMark().build(),
                "block ends inside a match length");
        byte[] noFinalLiterals = {(byte) 0x10, 1, 1, 0};
        assertCorrupt(new FrameBuilder().header(0x60, null).compressedBlock(noFinalLiterals).endMark().build(),
                "block ends with a match");
    }

    @Test
    void outputRunningPastTheDeclaredContentSize() {
        byte[] match = new FrameBuilder().header(0x68, (long) SMALL_SIZE - 10)
                .compressedBlock(SMALL_BLOCK).endMark().build();
        assertCorrupt(match, "match of 24 bytes overruns the output at decoded position 8");

        byte[] literals = new FrameBuilder().header(0x68, 4L)
                .compressedBlock(SMALL_BLOCK).endMark().build();
        assertCorrupt(literals, "8 literals overrun the output at decoded position 0");

        byte[] stored = new FrameBuilder().header(0x68, 4L).storedBlock(new byte[5]).endMark().build();
        assertCorrupt(stored, "uncompressed block of 5 bytes overruns the declared content size 4");
    }

    @Test
    void contentSizeLargerThanTheDecodedData() {
        byte[] frame = new FrameBuilder().header(0x68, (long) SMALL_SIZE + 1)
                .compressedBlock(SMALL_BLOCK).endMark().build();
        assertCorrupt(frame, "frame decodes to 37 bytes but declares a content size of 38 at byte offset "
                + (frame.length - 4));
    }

    @Test
    void trailingBytesAfterTheEndMark() {
        byte[] frame = frame("month_hourly_nan_gaps");
        byte[] longer = Arrays.copyOf(frame, frame.length + 3);
        assertCorrupt(longer, "3 trailing bytes after the end of the frame at byte offset " + frame.length);
        byte[] twoFrames = Arrays.copyOf(frame, 2 * frame.length);
        System.arraycopy(frame, 0, twoFrames, frame.length, frame.length);
        assertCorrupt(twoFrames, "trailing bytes");
    }

    @Test
    void checksumMismatches() throws Exception {
        byte[] raw = raw("month_hourly_nan_gaps");
        byte[] frame = Lz4FrameDecoderTest.lz4JavaFrame(raw, BLOCKSIZE.SIZE_64KB, -1,
                FLG.Bits.BLOCK_INDEPENDENCE, FLG.Bits.BLOCK_CHECKSUM, FLG.Bits.CONTENT_CHECKSUM);
        assertArrayEquals(raw, Lz4FrameDecoder.decode(frame));

        byte[] blockData = frame.clone();
        blockData[20] ^= 0x40;
        assertCorrupt(blockData, "block checksum mismatch");

        byte[] contentSum = frame.clone();
        contentSum[frame.length - 1] ^= 0x01;
        assertCorrupt(contentSum, "content checksum mismatch over " + raw.length + " decoded bytes at byte offset "
                + (frame.length - 4));
    }

    @Test
    void decodedLengthMustHoldWholeDoubles() {
        byte[] frame = new FrameBuilder().header(0x68, 7L).storedBlock(new byte[7]).endMark().build();
        assertEquals(7, Lz4FrameDecoder.decode(frame).length);
        CorruptChunkException e = assertThrows(CorruptChunkException.class,
                () -> Lz4FrameDecoder.decodeFloat64(frame));
        assertTrue(e.getMessage().contains("7 bytes, not a whole number of float64 values"), e.getMessage());
    }

    @Test
    void corruptChunkExceptionIsAHolcStoreException() {
        CorruptChunkException e = assertThrows(CorruptChunkException.class,
                () -> Lz4FrameDecoder.decode(new byte[3]));
        assertInstanceOf(HolcStoreException.class, e);
        assertInstanceOf(RuntimeException.class, e);
        assertTrue(e.getMessage().contains("frame truncated: 3 bytes"), e.getMessage());
    }

    /**
     * Random single-bit flips anywhere in every vector, plus every bit of the first 64 bytes: a flipped
     * frame either decodes (then, because the content size or its absence is still enforced, to the
     * original length) or throws {@link CorruptChunkException}; nothing else, and never a hang.
     */
    @Test
    void bitFlipsEitherDecodeOrThrowCorruptChunk() {
        Random random = new Random(20_251_124);
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (String vector : CodecFixtures.VECTORS) {
                byte[] frame = frame(vector);
                int expectedLength = raw(vector).length;
                int headerBits = Math.min(frame.length, 64) * 8;
                for (int bit = 0; bit < headerBits; bit++) {
                    flipAndDecode(frame, bit, expectedLength, outcomes);
                }
                for (int i = 0; i < 800; i++) {
                    flipAndDecode(frame, random.nextInt(frame.length * 8), expectedLength, outcomes);
                }
            }
        });
        assertTrue(outcomes[0] > 1000, "many flips are detected: " + outcomes[0]);
        assertTrue(outcomes[1] > 100, "flips inside stored data decode: " + outcomes[1]);
    }

    /** Random bytes as the body of a block under a valid header exercise the block decoder's checks. */
    @Test
    void randomBlockBodiesEitherDecodeOrThrowCorruptChunk() {
        Random random = new Random(7);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 3000; i++) {
                byte[] body = new byte[1 + random.nextInt(random.nextBoolean() ? 64 : 4000)];
                random.nextBytes(body);
                if (random.nextBoolean()) {
                    body[0] = (byte) (body[0] & 0x0F); // start without literals: the first match has no history
                }
                int flg = random.nextBoolean() ? 0x60 : 0x40;
                byte[] frame = new FrameBuilder().header(flg, null).compressedBlock(body).endMark().build();
                decodeOrCorrupt(frame, "random body " + i);
                byte[] sized = new FrameBuilder().header(flg | 0x08, (long) random.nextInt(20_000))
                        .compressedBlock(body).endMark().build();
                decodeOrCorrupt(sized, "random sized body " + i);
            }
        });
    }

    /** Decodes the flipped frame both ways: into a new array, and as doubles through the thread's reused output. */
    private static void flipAndDecode(byte[] frame, int bit, int expectedLength, int[] outcomes) {
        frame[bit >>> 3] ^= (byte) (1 << (bit & 7));
        try {
            byte[] decoded;
            try {
                decoded = Lz4FrameDecoder.decode(frame);
            } catch (CorruptChunkException e) {
                decoded = null;
            }
            double[] values = new double[expectedLength / Double.BYTES];
            try {
                Lz4FrameDecoder.decodeFloat64Into(frame, values, 0, values.length);
                assertArrayEquals(decoded, CodecFixtures.bytes(values), "decodeFloat64Into after flipping bit " + bit);
            } catch (CorruptChunkException e) {
                assertNull(decoded, "decodeFloat64Into refused what decode took after flipping bit " + bit);
            }
            if (decoded == null) {
                outcomes[0]++;
            } else {
                assertEquals(expectedLength, decoded.length, "decoded length after flipping bit " + bit);
                outcomes[1]++;
            }
        } catch (Throwable t) {
            fail("bit " + bit + " flipped: expected CorruptChunkException or success, got " + t, t);
        } finally {
            frame[bit >>> 3] ^= (byte) (1 << (bit & 7));
        }
    }

    private static void decodeOrCorrupt(byte[] frame, String what) {
        try {
            Lz4FrameDecoder.decode(frame);
        } catch (CorruptChunkException expected) {
            assertTrue(expected.getMessage().contains("at byte offset"), expected.getMessage());
        } catch (Throwable t) {
            fail(what + ": expected CorruptChunkException or success, got " + t, t);
        }
    }

    private static CorruptChunkException assertCorrupt(byte[] frame, String messagePart) {
        Executable decode = () -> Lz4FrameDecoder.decode(frame);
        CorruptChunkException e = assertThrows(CorruptChunkException.class, decode);
        assertTrue(e.getMessage().contains(messagePart),
                () -> "message '" + e.getMessage() + "' should contain '" + messagePart + "'");
        return e;
    }
}
