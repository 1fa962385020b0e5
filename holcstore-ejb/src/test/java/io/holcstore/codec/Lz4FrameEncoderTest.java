package io.holcstore.codec;

import net.jpountz.lz4.LZ4FrameInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import static io.holcstore.codec.CodecFixtures.bytes;
import static io.holcstore.codec.CodecFixtures.rawBits;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Frames written by {@link Lz4FrameEncoder}: round trips, exact layout, and lz4-java interoperability. */
class Lz4FrameEncoderTest {

    static Stream<Arguments> series() {
        Random random = new Random(5);
        double[] randomValues = random.doubles(100_000).map(v -> v * 1000 - 500).toArray();
        double[] nan = new double[20_000];
        Arrays.fill(nan, Double.NaN);
        nan[7] = Double.longBitsToDouble(0x7FF0_0000_0000_0001L); // signalling NaN payload
        nan[8] = Double.longBitsToDouble(0xFFF8_0000_0000_0000L); // negative quiet NaN
        double[] periodic = new double[35_040];
        for (int i = 0; i < periodic.length; i++) {
            periodic[i] = Math.round(500 + 300 * Math.sin(2 * Math.PI * i / 96)) / 10.0;
        }
        return Stream.of(
                Arguments.of("empty", new double[0]),
                Arguments.of("one value", new double[] {-0.0}),
                Arguments.of("one full 64 KiB block", sequence(8192)),
                Arguments.of("one block and one value", sequence(8193)),
                Arguments.of("100000 random", randomValues),
                Arguments.of("all NaN", nan),
                Arguments.of("smooth periodic", periodic));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("series")
    void roundTripKeepsEveryBit(String name, double[] values) {
        byte[] frame = Lz4FrameEncoder.encodeFloat64(values);

        assertArrayEquals(rawBits(values), rawBits(Lz4FrameDecoder.decodeFloat64(frame)));
        assertArrayEquals(frame, Lz4FrameEncoder.encode(bytes(values)), "byte and float64 paths agree");
    }

    static Stream<Arguments> nonEmptySeries() {
        return series().filter(arguments -> ((double[]) arguments.get()[1]).length > 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonEmptySeries")
    void layoutIsIndependent64KiBBlocksWithContentSize(String name, double[] values) {
        byte[] frame = Lz4FrameEncoder.encodeFloat64(values);
        ByteBuffer in = ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x184D2204, in.getInt(0), "magic");
        assertEquals(0x68, frame[4] & 0xFF, "FLG: version 01, independent blocks, content size");
        assertEquals(0x40, frame[5] & 0xFF, "BD: 64 KiB blocks");
        assertEquals(values.length * 8L, in.getLong(6), "content size");
        int hc = (CodecFixtures.xxh32(frame, 4, 10) >>> 8) & 0xFF;
        assertEquals(hc, frame[14] & 0xFF, "HC");

        int rawLength = values.length * 8;
        int expectedBlocks = (rawLength + 65_535) / 65_536;
        int pos = 15;
        for (int block = 0; block < expectedBlocks; block++) {
            int word = in.getInt(pos);
            int size = word & 0x7FFF_FFFF;
            int blockRaw = Math.min(65_536, rawLength - block * 65_536);
            if (word < 0) {
                assertEquals(blockRaw, size, "a stored block holds its raw bytes");
            } else {
                assertTrue(size > 0 && size < blockRaw, "a compressed block shrank: " + size);
            }
            pos += 4 + size;
        }
        assertEquals(0, in.getInt(pos), "end mark after " + expectedBlocks + " blocks");
        assertEquals(frame.length, pos + 4, "nothing after the end mark");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("series")
    void lz4JavaFrameInputStreamReadsOurFrames(String name, double[] values) throws IOException {
        byte[] frame = Lz4FrameEncoder.encodeFloat64(values);
        byte[] decoded;
        try (InputStream in = new LZ4FrameInputStream(new ByteArrayInputStream(frame))) {
            decoded = in.readAllBytes();
        }
        assertArrayEquals(bytes(values), decoded);
    }

    @Test
    void emptyInputGivesPythonsEmptyFrame() {
        byte[] expected = CodecFixtures.frame("empty");
        assertArrayEquals(new byte[] {0x04, 0x22, 0x4D, 0x18, 0x60, 0x40, (byte) 0x82, 0, 0, 0, 0}, expected);

        assertArrayEquals(expected, Lz4FrameEncoder.encodeFloat64(new double[0]));
        assertArrayEquals(expected, Lz4FrameEncoder.encode(new byte[0]));
        assertArrayEquals(expected, Lz4FrameEncoder.encodeFloat64(new double[] {1, 2}, 1, 1));
    }

    @Test
    void randomDataIsStoredAndSmoothDataCompressed() {
        double[] random = new Random(6).doubles(20_000).toArray();
        byte[] stored = Lz4FrameEncoder.encodeFloat64(random);
        assertEquals(random.length * 8 + 15 + 3 * 4 + 4, stored.length, "three stored blocks: raw size plus framing");

        double[] smooth = CodecFixtures.doubles(CodecFixtures.raw("year_15min_smooth_load"));
        byte[] compressed = Lz4FrameEncoder.encodeFloat64(smooth);
        assertTrue(compressed.length < smooth.length * 8 / 10, "smooth data shrinks: " + compressed.length);
    }

    @Test
    void vectorsRoundTripThroughTheEncoder() {
        for (String vector : CodecFixtures.VECTORS) {
            byte[] raw = CodecFixtures.raw(vector);
            assertArrayEquals(raw, Lz4FrameDecoder.decode(Lz4FrameEncoder.encode(raw)), vector);
        }
        // Where Python's frame is one stored or single block, our frame has the same size.
        assertEquals(CodecFixtures.frame("month_hourly_nan_gaps").length,
                Lz4FrameEncoder.encode(CodecFixtures.raw("month_hourly_nan_gaps")).length);
    }

    @Test
    void rangeOverloadEncodesTheSlice() {
        double[] values = new Random(8).doubles(30_000).toArray();

        byte[] slice = Lz4FrameEncoder.encodeFloat64(values, 1234, 20_000);

        assertArrayEquals(Lz4FrameEncoder.encodeFloat64(Arrays.copyOfRange(values, 1234, 20_000)), slice);
        assertArrayEquals(rawBits(Arrays.copyOfRange(values, 1234, 20_000)),
                rawBits(Lz4FrameDecoder.decodeFloat64(slice)));
        assertThrows(IndexOutOfBoundsException.class, () -> Lz4FrameEncoder.encodeFloat64(values, 10, 5));
        assertThrows(IndexOutOfBoundsException.class, () -> Lz4FrameEncoder.encodeFloat64(values, 0, 30_001));
    }

    @Test
    void oddByteLengthsRoundTrip() {
        Random random = new Random(9);
        for (int length : new int[] {1, 7, 65_535, 65_536, 65_537, 200_001}) {
            byte[] raw = new byte[length];
            for (int i = 0; i < length; i++) {
                raw[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt() : i % 7);
            }
            assertArrayEquals(raw, Lz4FrameDecoder.decode(Lz4FrameEncoder.encode(raw)), "length " + length);
        }
    }

    private static double[] sequence(int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i * 0.25;
        }
        return values;
    }
}
