package io.holcstore.store.jdbc;

import static io.holcstore.testing.StoreFixtures.paris;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.codec.ChunkEncoding;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.InvalidChunkException;
import io.holcstore.store.SeriesKey;
import io.holcstore.testing.QuarterParisSyncStore;
import io.holcstore.testing.StoreTestBase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Chunks a Python upstream stores in numpy dtypes other than float64 import with their blob and dtype as stored and
 * read as float64; a short one is padded with NaN, which only float64 holds, so it is stored as float64; a dtype no
 * encoding knows is refused naming the chunk, nothing written.
 */
class NumpyDtypeImportTest extends StoreTestBase {
    private static final SeriesKey KEY = SeriesKey.of("version", 7, "kind", "numpy");
    /** October 2021 in Paris at 15 min: 31 days and the hour DST gives back, 2 980 points. */
    private static final int OCTOBER_2021 = 24261;
    private static final int OCTOBER_POINTS = 2980;
    private static final Instant OCTOBER_START = Instant.parse("2021-09-30T22:00:00Z");
    private static final Instant UPDATED = Instant.parse("2024-04-02T10:00:00Z");

    @Test
    void anInt32ChunkKeepsItsBlobAndDtypeAndReadsAsFloat64() {
        double[] values = IntStream.range(0, OCTOBER_POINTS).mapToDouble(i -> i - 1000).toArray();
        byte[] blob = ChunkEncoding.INT32.encode(values);

        importChunk(new ChunkTransfer(new ChunkRef(KEY, OCTOBER_2021), "int32", OCTOBER_START, UPDATED, false, blob));

        ChunkTransfer stored = export();
        assertEquals("int32", stored.dtype());
        assertArrayEquals(blob, stored.data());
        DenseSeries read = db.inTransaction(QuarterParisSyncStore.class,
                s -> s.getTs(KEY, paris("2021-10-01T00:00"), paris("2021-10-31T23:45"), false));
        assertArrayEquals(values, read.values());
    }

    @Test
    void aShortFloat32ChunkIsPaddedWithNaNAndStoredAsFloat64() {
        double[] values = IntStream.range(0, OCTOBER_POINTS - 4).mapToDouble(i -> i / 4.0).toArray();

        importChunk(new ChunkTransfer(new ChunkRef(KEY, OCTOBER_2021), "float32", OCTOBER_START, UPDATED, false,
                ChunkEncoding.FLOAT32.encode(values)));

        ChunkTransfer stored = export();
        assertEquals("float64", stored.dtype());
        double[] read = ChunkEncoding.FLOAT64.decode(stored.data());
        assertArrayEquals(values, Arrays.copyOf(read, values.length));
        assertTrue(Arrays.stream(read, values.length, OCTOBER_POINTS).allMatch(Double::isNaN));
    }

    @Test
    void aDtypeNoEncodingKnowsIsRefusedNamingTheChunk() {
        ChunkTransfer float16 = new ChunkTransfer(new ChunkRef(KEY, OCTOBER_2021), "float16", OCTOBER_START, UPDATED, false,
                ChunkEncoding.INT32.encode(new double[OCTOBER_POINTS / 2]));

        InvalidChunkException e = assertThrows(InvalidChunkException.class, () -> importChunk(float16));

        assertTrue(e.getMessage().contains("imported chunk 24261 of"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown chunk dtype 'float16'"), e.getMessage());
        assertEquals(0, db.count(QuarterParisSyncStore.class));
    }

    private void importChunk(ChunkTransfer chunk) {
        db.inTransaction(QuarterParisSyncStore.class, s -> s.importChunks(List.of(chunk)));
    }

    private ChunkTransfer export() {
        return db.inTransaction(QuarterParisSyncStore.class, s -> s.exportChunks(List.of(new ChunkRef(KEY, OCTOBER_2021)))).get(0);
    }
}
