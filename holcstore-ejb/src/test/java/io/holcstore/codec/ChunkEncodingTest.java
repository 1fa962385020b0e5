package io.holcstore.codec;

import io.holcstore.HolcStoreException;
import jakarta.ejb.ApplicationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.holcstore.codec.CodecFixtures.rawBits;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dtype switch: known dtypes map to their encoding, unknown ones fail loudly. */
class ChunkEncodingTest {

    @Test
    void float64IsStoredAsFloat64() {
        assertSame(ChunkEncoding.FLOAT64, ChunkEncoding.forDtype("float64"));
        assertEquals("float64", ChunkEncoding.FLOAT64.dtype());
        for (ChunkEncoding encoding : ChunkEncoding.values()) {
            assertSame(encoding, ChunkEncoding.forDtype(encoding.dtype()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"float16", "FLOAT64", "float64 ", "", "uint8", "<f8"})
    @NullSource
    void unknownDtypeIsRefusedByName(String dtype) {
        UnknownDtypeException e = assertThrows(UnknownDtypeException.class, () -> ChunkEncoding.forDtype(dtype));

        assertEquals(dtype, e.dtype());
        assertTrue(e.getMessage().contains(dtype == null ? "null" : "'" + dtype + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("float64"), "lists the known dtypes: " + e.getMessage());
        assertInstanceOf(HolcStoreException.class, e);
    }

    @Test
    void float16MessageNamesItAndTheKnownDtypes() {
        UnknownDtypeException e = assertThrows(UnknownDtypeException.class, () -> ChunkEncoding.forDtype("float16"));
        assertEquals("unknown chunk dtype 'float16'; known dtypes: [float64, float32, int32, int64]", e.getMessage());
    }

    @Test
    void float64DecodesPythonBlobsAndRoundTrips() {
        for (String vector : CodecFixtures.VECTORS) {
            double[] expected = CodecFixtures.doubles(CodecFixtures.raw(vector));

            double[] decoded = ChunkEncoding.FLOAT64.decode(CodecFixtures.frame(vector));

            assertArrayEquals(rawBits(expected), rawBits(decoded), vector);
            assertArrayEquals(rawBits(expected),
                    rawBits(ChunkEncoding.FLOAT64.decode(ChunkEncoding.FLOAT64.encode(expected))), vector);
        }
    }

    @Test
    void emptyValuesGiveTheTombstoneBlob() {
        assertArrayEquals(CodecFixtures.frame("empty"), ChunkEncoding.FLOAT64.encode(new double[0]));
    }

    @Test
    void float64RefusesACorruptBlob() {
        byte[] blob = CodecFixtures.frame("year_15min_smooth_load");
        blob[0] = 0;
        assertThrows(CorruptChunkException.class, () -> ChunkEncoding.FLOAT64.decode(blob));
    }

    @Test
    void holcStoreExceptionRollsBackAndIsInherited() {
        ApplicationException annotation = HolcStoreException.class.getAnnotation(ApplicationException.class);
        assertNotNull(annotation, "HolcStoreException is an EJB application exception");
        assertTrue(annotation.rollback(), "rollback");
        assertTrue(annotation.inherited(), "inherited by CorruptChunkException and UnknownDtypeException");
        assertTrue(RuntimeException.class.isAssignableFrom(HolcStoreException.class), "unchecked");
    }
}
