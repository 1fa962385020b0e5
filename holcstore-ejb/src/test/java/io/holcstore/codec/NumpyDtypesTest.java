package io.holcstore.codec;

import static io.holcstore.codec.CodecFixtures.rawBits;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The numeric dtypes numpy writes besides float64 (golden frames in {@code vectors/dtypes}) read as float64 values,
 * as numpy's {@code astype("float64")} reads them, through the one dtype switch.
 */
class NumpyDtypesTest {

    @ParameterizedTest
    @CsvSource({"float32, float32_edges, 10", "int32, int32_edges, 7", "int64, int64_edges, 8"})
    void edgeValuesReadAsNumpyWidensThem(String dtype, String vector, int length) {
        ChunkEncoding encoding = ChunkEncoding.forDtype(dtype);
        byte[] blob = CodecFixtures.resource("dtypes/" + vector + ".lz4");
        double[] expected = CodecFixtures.doubles(CodecFixtures.resource("dtypes/" + vector + ".f64"));

        double[] decoded = encoding.decode(blob);
        double[] into = new double[length + 2];
        encoding.decodeInto(blob, into, 1, length);

        assertEquals(length, expected.length);
        assertArrayEquals(rawBits(expected), rawBits(decoded), dtype);
        assertArrayEquals(rawBits(expected), rawBits(Arrays.copyOfRange(into, 1, length + 1)), dtype);
        assertArrayEquals(rawBits(expected), rawBits(encoding.decode(blob, length)), dtype);
    }

    @Test
    void theWidenedValuesAreNumpys() {
        double[] float32 = ChunkEncoding.FLOAT32.decode(CodecFixtures.resource("dtypes/float32_edges.lz4"));
        double[] int64 = ChunkEncoding.INT64.decode(CodecFixtures.resource("dtypes/int64_edges.lz4"));

        assertEquals(0.10000000149011612, float32[2], "0.1 as float32, widened exactly");
        assertTrue(Double.isNaN(float32[6]));
        assertEquals(Double.NEGATIVE_INFINITY, float32[8]);
        assertEquals(0x1p53, int64[4], "2^53 + 1 rounds to 2^53");
        assertEquals(0x1p63, int64[5], "INT64_MAX rounds up to 2^63");
    }

    @Test
    void aYearOfFloat32OverThreeBlocksReadsWhole() throws Exception {
        double[] values = ChunkEncoding.FLOAT32.decode(CodecFixtures.resource("dtypes/float32_year_15min.lz4"));

        ByteBuffer bytes = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asDoubleBuffer().put(values);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
        assertEquals(35040, values.length);
        assertEquals(new String(CodecFixtures.resource("dtypes/float32_year_15min.f64.sha256"), StandardCharsets.US_ASCII).strip(),
                sha256);
    }

    @Test
    void aBlobOfAnotherElementWidthOrLengthIsRefused() {
        byte[] int32 = CodecFixtures.resource("dtypes/int32_edges.lz4");

        CorruptChunkException width = assertThrows(CorruptChunkException.class, () -> ChunkEncoding.INT64.decode(int32));
        CorruptChunkException count = assertThrows(CorruptChunkException.class,
                () -> ChunkEncoding.INT32.decodeInto(int32, new double[8], 0, 8));

        assertTrue(width.getMessage().contains("28 bytes, not a whole number of int64 values"), width.getMessage());
        assertTrue(count.getMessage().contains("frame holds 7 int32 values where 8 were expected"), count.getMessage());
        assertThrows(CorruptChunkException.class, () -> ChunkEncoding.INT32.decode(int32, 6), "more than the cap");
    }

    @Test
    void valuesRoundTripThroughTheDtypesThatHoldThemExactly() {
        double[] values = {0, -3, 16_777_216, 1e9};
        for (ChunkEncoding encoding : ChunkEncoding.values()) {
            assertArrayEquals(values, encoding.decode(encoding.encode(values)), encoding.dtype());
            assertSame(encoding, ChunkEncoding.forDtype(encoding.dtype()));
        }
        assertArrayEquals(CodecFixtures.frame("empty"), ChunkEncoding.INT64.encode(new double[0]), "the tombstone blob");
    }

    @Test
    void aValueADtypeCannotHoldExactlyIsRefusedNotRounded() {
        UnencodableValueException nan = assertThrows(UnencodableValueException.class,
                () -> ChunkEncoding.INT32.encode(new double[] {1, Double.NaN}));
        assertThrows(UnencodableValueException.class, () -> ChunkEncoding.INT64.encode(new double[] {0.5}));
        assertThrows(UnencodableValueException.class, () -> ChunkEncoding.INT64.encode(new double[] {0x1p63}));
        assertThrows(UnencodableValueException.class, () -> ChunkEncoding.INT32.encode(new double[] {2_147_483_648.0}));
        assertThrows(UnencodableValueException.class, () -> ChunkEncoding.FLOAT32.encode(new double[] {0.1}));

        assertEquals("dtype int32 cannot hold value NaN (index 1) exactly", nan.getMessage());
    }
}
