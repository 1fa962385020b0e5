package io.holcstore.codec;

import io.holcstore.series.IndexedSeries;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeriesBlobEncodingTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final SeriesBlobEncoding ENCODING = SeriesBlobEncoding.current();

    @Test
    void theDtypeNamesTheEncoding() {
        assertEquals("indexed_float64", ENCODING.dtype());
        assertSame(ENCODING, SeriesBlobEncoding.forDtype("indexed_float64"));
        UnknownDtypeException e = assertThrows(UnknownDtypeException.class, () -> SeriesBlobEncoding.forDtype("feather"));
        assertEquals("feather", e.dtype());
        assertThrows(UnknownDtypeException.class, () -> SeriesBlobEncoding.forDtype(null));
    }

    @Test
    void irregularInstantsAndEveryValueBitRoundTrip() {
        double weirdNaN = Double.longBitsToDouble(0x7ff8_0000_dead_beefL);
        long[] millis = {Instant.parse("0001-01-01T00:00:00Z").toEpochMilli(), -1, 0, 1, 1_700_000_000_123L,
                Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli()};
        double[] values = {-0.0, Double.MIN_VALUE, Double.MAX_VALUE, weirdNaN, Double.NEGATIVE_INFINITY, 1e-300};
        IndexedSeries series = IndexedSeries.adopting(millis, values, PARIS);

        IndexedSeries back = ENCODING.decode(ENCODING.encode(series), PARIS);

        assertArrayEquals(millis, back.epochMillis());
        for (int i = 0; i < values.length; i++) {
            assertEquals(Double.doubleToRawLongBits(values[i]), Double.doubleToRawLongBits(back.valueAt(i)), "value " + i);
        }
        assertEquals(PARIS, back.zone());
    }

    @Test
    void theLayoutIsCountThenInstantDifferencesThenValues() {
        IndexedSeries series = IndexedSeries.adopting(new long[]{1000, 4000}, new double[]{1.5, 2.5}, PARIS);

        ByteBuffer raw = ByteBuffer.wrap(Lz4FrameDecoder.decode(ENCODING.encode(series))).order(ByteOrder.LITTLE_ENDIAN);

        assertEquals(4 + 2 * 16, raw.remaining());
        assertEquals(2, raw.getInt());
        assertEquals(1000, raw.getLong());
        assertEquals(3000, raw.getLong());
        assertEquals(1.5, raw.getDouble());
        assertEquals(2.5, raw.getDouble());
    }

    @Test
    void anEmptySeriesRoundTrips() {
        assertTrue(ENCODING.decode(ENCODING.encode(IndexedSeries.empty(PARIS)), PARIS).isEmpty());
    }

    @Test
    void aRegularYearCompressesToAFractionOfItsValues() {
        long[] millis = new long[17_520];
        double[] values = new double[millis.length];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = 1_700_000_000_000L + i * 1_800_000L;
            values[i] = i % 48;
        }
        byte[] blob = ENCODING.encode(IndexedSeries.adopting(millis, values, PARIS));
        assertTrue(blob.length < millis.length * 8 / 10, "blob of " + blob.length + " bytes");
    }

    @Test
    void aBlobOfAnotherShapeIsCorruptNotMisread() {
        assertThrows(CorruptChunkException.class, () -> ENCODING.decode(Lz4FrameEncoder.encode(new byte[3]), PARIS));
        byte[] wrongCount = ByteBuffer.allocate(4 + 16).order(ByteOrder.LITTLE_ENDIAN).putInt(2).array();
        assertThrows(CorruptChunkException.class, () -> ENCODING.decode(Lz4FrameEncoder.encode(wrongCount), PARIS));
        byte[] backwards = ByteBuffer.allocate(4 + 32).order(ByteOrder.LITTLE_ENDIAN).putInt(2).putLong(10).putLong(-5).array();
        assertThrows(CorruptChunkException.class, () -> ENCODING.decode(Lz4FrameEncoder.encode(backwards), PARIS));
        byte[] overflowing = ByteBuffer.allocate(4 + 32).order(ByteOrder.LITTLE_ENDIAN).putInt(2).putLong(Long.MAX_VALUE)
                .putLong(Long.MAX_VALUE).array();
        assertThrows(CorruptChunkException.class, () -> ENCODING.decode(Lz4FrameEncoder.encode(overflowing), PARIS));
        assertThrows(CorruptChunkException.class, () -> ENCODING.decode(new byte[]{1, 2, 3}, PARIS));
    }
}
