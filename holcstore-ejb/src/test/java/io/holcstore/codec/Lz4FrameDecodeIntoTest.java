package io.holcstore.codec;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Lz4FrameDecoder#decodeFloat64Into}: decoding a chunk into its place in a larger array. */
class Lz4FrameDecodeIntoTest {
    private static final double[] VALUES = {1.5, Double.NaN, -3.25, 4e300};

    @Test
    void writesTheValuesAtTheOffsetAndNothingElse() {
        double[] target = new double[VALUES.length + 4];
        Arrays.fill(target, 7.0);

        Lz4FrameDecoder.decodeFloat64Into(Lz4FrameEncoder.encodeFloat64(VALUES), target, 2, VALUES.length);

        assertArrayEquals(new double[] {7, 7, 1.5, Double.NaN, -3.25, 4e300, 7, 7}, target);
    }

    @Test
    void aFrameWithFewerValuesThanExpectedIsCorrupt() {
        CorruptChunkException e = assertThrows(CorruptChunkException.class,
                () -> Lz4FrameDecoder.decodeFloat64Into(Lz4FrameEncoder.encodeFloat64(VALUES), new double[10], 0, 10));
        assertTrue(e.getMessage().contains("4 values where 10 were expected"), e.getMessage());
    }

    @Test
    void aFrameWithMoreValuesThanExpectedIsCorrupt() {
        assertThrows(CorruptChunkException.class,
                () -> Lz4FrameDecoder.decodeFloat64Into(Lz4FrameEncoder.encodeFloat64(VALUES), new double[10], 0, 3));
    }

    @Test
    void aTargetRangeOutsideTheArrayIsRefusedBeforeDecoding() {
        assertThrows(IndexOutOfBoundsException.class,
                () -> Lz4FrameDecoder.decodeFloat64Into(Lz4FrameEncoder.encodeFloat64(VALUES), new double[4], 2, 4));
    }

    private static double[] random(int count, long seed) {
        return new Random(seed).doubles(count).toArray();
    }

    private static double[] decodeInto(byte[] frame, int count) {
        double[] target = new double[count];
        Lz4FrameDecoder.decodeFloat64Into(frame, target, 0, count);
        return target;
    }

    @Test
    void theOutputReusedBetweenChunksNeverLeaksAnEarlierOne() {
        // The same thread decodes a long chunk, then shorter ones, into its one reused output array.
        double[] year = random(8784, 1);
        assertArrayEquals(year, decodeInto(Lz4FrameEncoder.encodeFloat64(year), year.length));

        assertArrayEquals(VALUES, decodeInto(Lz4FrameEncoder.encodeFloat64(VALUES), VALUES.length));
        CorruptChunkException e = assertThrows(CorruptChunkException.class,
                () -> decodeInto(Lz4FrameEncoder.encodeFloat64(VALUES), year.length));
        assertTrue(e.getMessage().contains("4 values where 8784 were expected"), e.getMessage());
        for (String vector : CodecFixtures.VECTORS) {
            double[] expected = CodecFixtures.doubles(CodecFixtures.raw(vector));
            double[] decoded = decodeInto(CodecFixtures.frame(vector), expected.length);
            assertArrayEquals(CodecFixtures.rawBits(expected), CodecFixtures.rawBits(decoded), vector);
        }
    }

    @Test
    void chunksLargerThanTheReusedOutputDecodeToo() {
        double[] large = random(200_000, 2); // 1.6 MB of doubles: more than one thread keeps for reuse
        double[] small = random(2976, 3);

        assertArrayEquals(large, decodeInto(Lz4FrameEncoder.encodeFloat64(large), large.length));
        assertArrayEquals(small, decodeInto(Lz4FrameEncoder.encodeFloat64(small), small.length));
        assertArrayEquals(large, decodeInto(Lz4FrameEncoder.encodeFloat64(large), large.length));
    }
}
