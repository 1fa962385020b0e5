package io.holcstore.codec;

import io.holcstore.codec.CodecFixtures.BlockBuilder;
import io.holcstore.codec.CodecFixtures.FrameBuilder;
import io.holcstore.codec.CodecFixtures.ManifestEntry;
import net.jpountz.lz4.LZ4FrameOutputStream;
import net.jpountz.lz4.LZ4FrameOutputStream.BLOCKSIZE;
import net.jpountz.lz4.LZ4FrameOutputStream.FLG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static io.holcstore.codec.CodecFixtures.bytes;
import static io.holcstore.codec.CodecFixtures.frame;
import static io.holcstore.codec.CodecFixtures.raw;
import static io.holcstore.codec.CodecFixtures.rawBits;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decoding well-formed frames: Python's vectors, lz4-java's frames and hand-built linked blocks. */
class Lz4FrameDecoderTest {

    static List<String> vectors() {
        return CodecFixtures.VECTORS;
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vectorDecodesToItsRawBytesAndManifestDigest(String vector) {
        ManifestEntry manifest = CodecFixtures.manifest(vector);
        byte[] frame = frame(vector);
        assertEquals(manifest.frameBytes(), frame.length, "frame size in manifest");
        assertEquals(manifest.flg(), frame[4] & 0xFF, "FLG in manifest");
        assertEquals(manifest.bd(), frame[5] & 0xFF, "BD in manifest");

        byte[] decoded = Lz4FrameDecoder.decode(frame);

        assertArrayEquals(raw(vector), decoded);
        assertEquals(manifest.length() * Double.BYTES, decoded.length);
        assertEquals(manifest.rawSha256(), CodecFixtures.sha256(decoded));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vectorDecodesToTheSameDoublesBitForBit(String vector) {
        double[] expected = CodecFixtures.doubles(raw(vector));

        double[] values = Lz4FrameDecoder.decodeFloat64(frame(vector));

        assertEquals(CodecFixtures.manifest(vector).length(), values.length);
        assertArrayEquals(rawBits(expected), rawBits(values));
    }

    @Test
    void vectorsCoverLinkedMultiBlockFramesAndNaN() {
        assertEquals(0x48, frame("year_15min_smooth_load")[4] & 0xFF, "a linked-block vector");
        assertTrue(raw("year_15min_smooth_load").length > 2 * Lz4FrameEncoder.BLOCK_SIZE, "spans several blocks");
        double[] gaps = Lz4FrameDecoder.decodeFloat64(frame("month_hourly_nan_gaps"));
        assertTrue(Arrays.stream(gaps).anyMatch(Double::isNaN), "holds NaN runs");
        assertTrue(Arrays.stream(gaps).anyMatch(v -> !Double.isNaN(v)), "holds values");
    }

    @Test
    void backReferenceMayCrossIntoThePreviousLinkedBlock() {
        byte[] first = new byte[Lz4FrameEncoder.BLOCK_SIZE];
        new Random(1).nextBytes(first);
        byte[] tail = {1, 2, 3, 4, 5};
        // Copies 1000 bytes starting 65 535 bytes back, i.e. from position 1 of the first block.
        byte[] second = new BlockBuilder().sequence(new byte[0], 65_535, 1000).last(tail).build();
        byte[] expected = new byte[first.length + 1000 + tail.length];
        System.arraycopy(first, 0, expected, 0, first.length);
        System.arraycopy(first, 1, expected, first.length, 1000);
        System.arraycopy(tail, 0, expected, first.length + 1000, tail.length);

        byte[] linked = new FrameBuilder().header(0x48, (long) expected.length)
                .storedBlock(first).compressedBlock(second).endMark().build();
        assertArrayEquals(expected, Lz4FrameDecoder.decode(linked));

        byte[] independent = new FrameBuilder().header(0x68, (long) expected.length)
                .storedBlock(first).compressedBlock(second).endMark().build();
        CorruptChunkException e = assertThrows(CorruptChunkException.class,
                () -> Lz4FrameDecoder.decode(independent));
        assertTrue(e.getMessage().contains("match offset 65535 reaches before the start"), e.getMessage());
    }

    @Test
    void overlappingAndLongMatchesAndLiteralsFollowTheByteByByteRule() {
        byte[] abc = {'a', 'b', 'c'};
        byte[] long270 = new byte[270];
        new Random(2).nextBytes(long270);
        byte[] block = new BlockBuilder()
                .sequence(abc, 3, 20)                     // period 3, overlapping
                .sequence(new byte[] {7}, 1, 300)         // run of one byte, extension bytes
                .sequence(long270, 270, 15 + 4)           // literal length 270, match length exactly 19
                .sequence(new byte[0], 9, 12)             // offset 9 < length 12: short overlapping copy
                .sequence(new byte[0], 5, 1000)           // period 5, long
                .sequence(new byte[0], 16, 16)            // exactly non-overlapping
                .sequence(new byte[0], 8, 15 + 4 + 255)   // match extension byte 255 then 0
                .last(new byte[] {9, 9, 9, 9, 9})
                .build();
        byte[] expected = CodecFixtures.referenceDecode(block, new byte[0]);

        byte[] frame = new FrameBuilder().header(0x68, (long) expected.length)
                .compressedBlock(block).endMark().build();

        assertArrayEquals(expected, Lz4FrameDecoder.decode(frame));
        assertEquals("abcabcabcabcabcabcabca", new String(expected, 0, 22, StandardCharsets.US_ASCII));
    }

    @Test
    void randomSequencesMatchTheReferenceDecoder() {
        Random random = new Random(3);
        for (int round = 0; round < 300; round++) {
            byte[] history = new byte[random.nextInt(100)];
            random.nextBytes(history);
            BlockBuilder builder = new BlockBuilder();
            int produced = history.length;
            int sequences = 1 + random.nextInt(40);
            for (int s = 0; s < sequences; s++) {
                byte[] literals = new byte[random.nextInt(4) == 0 ? random.nextInt(300) : random.nextInt(20)];
                random.nextBytes(literals);
                produced += literals.length;
                if (produced == 0) {
                    continue;
                }
                int offset = 1 + random.nextInt(Math.min(produced, random.nextBoolean() ? 20 : 65_535));
                int matchLength = 4 + (random.nextInt(4) == 0 ? random.nextInt(600) : random.nextInt(20));
                builder.sequence(literals, offset, matchLength);
                produced += matchLength;
            }
            byte[] lastLiterals = new byte[random.nextInt(30)];
            random.nextBytes(lastLiterals);
            byte[] block = builder.last(lastLiterals).build();
            if (block.length > Lz4FrameEncoder.BLOCK_SIZE) {
                continue;
            }
            byte[] expected = CodecFixtures.referenceDecode(block, history);
            if (expected.length > Lz4FrameEncoder.BLOCK_SIZE) {
                continue;
            }
            byte[] all = new byte[history.length + expected.length];
            System.arraycopy(history, 0, all, 0, history.length);
            System.arraycopy(expected, 0, all, history.length, expected.length);

            // History as a stored first block, the sequences as a linked second block.
            FrameBuilder frame = new FrameBuilder().header(0x48, (long) all.length);
            if (history.length > 0) {
                frame.storedBlock(history);
            }
            byte[] bytes = frame.compressedBlock(block).endMark().build();

            assertArrayEquals(all, Lz4FrameDecoder.decode(bytes), "round " + round);
        }
    }

    @Test
    void framesWithoutContentSizeGrowTheOutput() {
        byte[] raw = raw("year_15min_smooth_load");
        byte[] frame = new FrameBuilder().header(0x60, null)
                .storedBlock(Arrays.copyOfRange(raw, 0, 65_536))
                .storedBlock(Arrays.copyOfRange(raw, 65_536, 131_072))
                .storedBlock(Arrays.copyOfRange(raw, 131_072, 140_000))
                .storedBlock(new byte[0])
                .endMark().build();

        assertArrayEquals(Arrays.copyOf(raw, 140_000), Lz4FrameDecoder.decode(frame));
    }

    @ParameterizedTest
    @EnumSource(BLOCKSIZE.class)
    void readsLz4JavaFramesWithChecksumsAndWithoutContentSize(BLOCKSIZE blockSize) throws IOException {
        byte[] raw = bytes(smoothWithNoise(300_000, new Random(4)));

        byte[] checksummed = lz4JavaFrame(raw, blockSize, -1, FLG.Bits.BLOCK_INDEPENDENCE,
                FLG.Bits.BLOCK_CHECKSUM, FLG.Bits.CONTENT_CHECKSUM);
        byte[] sized = lz4JavaFrame(raw, blockSize, raw.length, FLG.Bits.BLOCK_INDEPENDENCE,
                FLG.Bits.CONTENT_SIZE, FLG.Bits.CONTENT_CHECKSUM);

        assertEquals(0x74, checksummed[4] & 0xFF, "FLG: independent, block and content checksums");
        assertEquals(blockSize.getIndicator() << 4, checksummed[5] & 0xFF, "BD");
        assertArrayEquals(raw, Lz4FrameDecoder.decode(checksummed));
        assertArrayEquals(raw, Lz4FrameDecoder.decode(sized));
    }

    @Test
    void emptyBlocklessFrameDecodesToNothing() {
        assertEquals(0, Lz4FrameDecoder.decode(frame("empty")).length);
        assertEquals(0, Lz4FrameDecoder.decodeFloat64(frame("empty")).length);
        byte[] sizedEmpty = new FrameBuilder().header(0x68, 0L).endMark().build();
        assertEquals(0, Lz4FrameDecoder.decode(sizedEmpty).length);
    }

    @Test
    void callerLimitAcceptsAFrameExactlyAtTheLimit() {
        byte[] frame = frame("month_hourly_nan_gaps");
        int values = CodecFixtures.manifest("month_hourly_nan_gaps").length();

        assertEquals(values, Lz4FrameDecoder.decodeFloat64(frame, values).length);
        assertEquals(values * 8, Lz4FrameDecoder.decode(frame, values * 8).length);
    }

    static byte[] lz4JavaFrame(byte[] raw, BLOCKSIZE blockSize, long contentSize, FLG.Bits... bits)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LZ4FrameOutputStream lz4 = contentSize < 0
                ? new LZ4FrameOutputStream(out, blockSize, bits)
                : new LZ4FrameOutputStream(out, blockSize, contentSize, bits)) {
            lz4.write(raw);
        }
        return out.toByteArray();
    }

    static double[] smoothWithNoise(int n, Random random) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = Math.round((10 * Math.sin(2 * Math.PI * i / 96) + random.nextGaussian()) * 10) / 10.0;
        }
        return values;
    }
}
