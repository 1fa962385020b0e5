package io.holcstore.store.jdbc;

import io.holcstore.codec.ChunkEncoding;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.SeriesKey;
import io.holcstore.testing.QuarterParisSyncStore;
import io.holcstore.testing.StoreFixtures;
import io.holcstore.testing.StoreTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static io.holcstore.testing.StoreFixtures.PARIS;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.paris;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chunks exactly as the Python reference stores them around DST month ends (resources
 * {@code vectors/reference-dst}): it ends a series' last month 24 absolute hours after its last day
 * starts, so a March ending on 31 March leaves a 4-point April chunk, and an October chunk lacks its
 * last hour. A pull from a reference server receives such chunks: they import as their first values,
 * NaN after, and read back.
 */
class ReferenceChunkImportTest extends StoreTestBase {
    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final SeriesKey V0 = SeriesKey.of("version", 0, "kind", "reference");
    private static final SeriesKey V1 = SeriesKey.of("version", 1, "kind", "reference");
    private static final Instant UPDATED = Instant.parse("2024-04-02T10:00:00Z");

    @Test
    void aSpringMonthEndAndItsFourPointNextMonthImportAndReadBack() {
        byte[] march = vector("v0_chunk24290.lz4");
        byte[] april = vector("v0_chunk24291.lz4");
        int imported = importChunks(chunk(V0, 24290, "2024-02-29T23:00:00Z", march), chunk(V0, 24291, "2024-03-31T22:00:00Z", april));

        assertEquals(2, imported);
        double[] marchValues = ChunkEncoding.FLOAT64.decode(march);
        assertEquals(2972, marchValues.length, "the full March of 2024 at 15 min");
        assertSeries(DenseSeries.of(paris("2024-03-01T00:00"), QUARTER, PARIS, marchValues).trimNaN(), read(V0, null, null, true));
        // April: 4 NaN points stored by the reference, now a whole NaN month
        DenseSeries aprilRead = read(V0, paris("2024-04-01T00:00"), paris("2024-04-30T23:45"), false);
        assertEquals(2880, aprilRead.size());
        assertTrue(Arrays.stream(aprilRead.values()).allMatch(Double::isNaN));
    }

    @Test
    void anAutumnMonthOneHourShortImportsAsItsValuesThenNaN() {
        byte[] october = vector("v1_chunk24261.lz4");
        importChunks(chunk(V1, 24261, "2021-09-30T22:00:00Z", october));

        double[] values = ChunkEncoding.FLOAT64.decode(october);
        assertEquals(2976, values.length, "the reference stored 4 points fewer than October 2021's 2 980");
        DenseSeries month = read(V1, paris("2021-10-01T00:00"), paris("2021-10-31T23:45"), false);
        assertEquals(2980, month.size());
        assertArrayEquals(values, Arrays.copyOf(month.values(), 2976));
        assertTrue(Arrays.stream(month.values(), 2976, 2980).allMatch(Double::isNaN));
        assertEquals(2975.0, month.valueAt(2975));
    }

    @Test
    void reimportingTheShortChunksOverStoredOnesKeepsTheirValues() {
        byte[] october = vector("v1_chunk24261.lz4");
        importChunks(chunk(V1, 24261, "2021-09-30T22:00:00Z", october));
        importChunks(chunk(V1, 24261, "2021-09-30T22:00:00Z", october));

        assertEquals(1, db.count(QuarterParisSyncStore.class));
        assertEquals(2975.0, read(V1, null, null, true).valueAt(2975));
        // exported again, the chunk spans its whole month
        List<ChunkTransfer> exported = db.inTransaction(QuarterParisSyncStore.class,
                s -> s.exportChunks(List.of(new ChunkRef(V1, 24261))));
        assertEquals(2980, ChunkEncoding.FLOAT64.decode(exported.get(0).data()).length);
    }

    private int importChunks(ChunkTransfer... chunks) {
        return db.inTransaction(QuarterParisSyncStore.class, s -> s.importChunks(List.of(chunks)));
    }

    private DenseSeries read(SeriesKey key, Instant start, Instant end, boolean dropBoundsNa) {
        return db.inTransaction(QuarterParisSyncStore.class, s -> s.getTs(key, start, end, dropBoundsNa));
    }

    private static ChunkTransfer chunk(SeriesKey key, int chunkIndex, String startTs, byte[] blob) {
        return new ChunkTransfer(new ChunkRef(key, chunkIndex), "float64", Instant.parse(startTs), UPDATED, false, blob);
    }

    private static byte[] vector(String name) {
        return StoreFixtures.resource("/vectors/reference-dst/" + name);
    }
}
