package io.holcstore.codec;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

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
}
