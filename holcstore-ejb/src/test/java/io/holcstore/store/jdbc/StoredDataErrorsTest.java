package io.holcstore.store.jdbc;

import io.holcstore.codec.ChunkEncoding;
import io.holcstore.codec.CorruptChunkException;
import io.holcstore.codec.UnknownDtypeException;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.KeyedSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.StoreTestBase;
import io.holcstore.testing.YearParisStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.PARIS;
import static io.holcstore.testing.StoreFixtures.assertMentions;
import static io.holcstore.testing.StoreFixtures.assertSeries;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static io.holcstore.testing.StoreFixtures.stored;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Rows damaged behind the store's back: every read naming the row, never a wrong answer. */
class StoredDataErrorsTest extends StoreTestBase {
    private static final SeriesKey KEY = key(1, "a");
    private static final SeriesKey OTHER = key(2, "a");
    /** Two yearly chunks: 2024 and 2025. */
    private static final DenseSeries SERIES = ramp(paris("2024-12-31T20:00"), HOUR, 8, 1);

    private long damagedId;

    @BeforeEach
    void writeTwoSeries() {
        db.run(YearParisStore.class, s -> {
            s.setTs(KEY, SERIES, WriteMode.INSERT);
            s.setTs(OTHER, SERIES, WriteMode.INSERT);
        });
        damagedId = db.rows(YearParisStore.class, "WHERE version = 1 AND chunk_index = 2025").get(0).id();
    }

    private void setData(byte[] data) {
        assertEquals(1, db.execute(YearParisStore.class, "UPDATE {table} SET data = ? WHERE id = ?", data, damagedId));
    }

    private CorruptChunkException corruptRead() {
        return assertThrows(CorruptChunkException.class, () -> db.run(YearParisStore.class, s -> s.getTs(KEY)));
    }

    @Test
    void randomBytesInTheDataColumnNameTheRow() {
        byte[] garbage = new byte[64];
        new Random(42).nextBytes(garbage);
        setData(garbage);

        CorruptChunkException e = corruptRead();

        assertMentions(e.getMessage(), "row id " + damagedId, "YearParisStore", "chunk 2025");
        assertInstanceOf(CorruptChunkException.class, e.getCause(), "the decoder's own error, naming the byte offset");
    }

    @Test
    void truncatedBlobNamesTheRow() {
        byte[] blob = db.rows(YearParisStore.class, "WHERE id = " + damagedId).get(0).data();
        setData(Arrays.copyOf(blob, blob.length - 6));

        assertMentions(corruptRead().getMessage(), "row id " + damagedId);
    }

    @Test
    void blobOfTheWrongLengthNamesTheRow() {
        setData(ChunkEncoding.FLOAT64.encode(new double[] {1, 2, 3}));

        CorruptChunkException e = corruptRead();

        assertMentions(e.getMessage(), "row id " + damagedId, "3 values", "8760");
    }

    @Test
    void unknownDtypeNamesTheRowAndTheDtype() {
        assertEquals(1, db.execute(YearParisStore.class, "UPDATE {table} SET dtype = 'float16' WHERE id = ?", damagedId));

        CorruptChunkException e = corruptRead();

        assertMentions(e.getMessage(), "row id " + damagedId, "'float16'");
        UnknownDtypeException cause = assertInstanceOf(UnknownDtypeException.class, e.getCause());
        assertEquals("float16", cause.dtype());
    }

    @Test
    void everyReadOfTheDamagedChunkFailsAndOtherReadsDoNot() {
        setData("not a frame".getBytes());

        assertThrows(CorruptChunkException.class,
                () -> db.run(YearParisStore.class, s -> s.getTs(KEY, paris("2025-01-01T00:00"), null)));
        CorruptChunkException yielded = assertThrows(CorruptChunkException.class, () -> db.run(YearParisStore.class, s -> {
            try (Stream<KeyedSeries> all = s.streamManyTs(SeriesKey.all(), null, null, true)) {
                all.count();
            }
        }));
        CorruptChunkException latest = assertThrows(CorruptChunkException.class,
                () -> db.run(YearParisStore.class, s -> s.getMaxHorodate(SeriesKey.all())));
        assertMentions(yielded.getMessage(), "row id " + damagedId);
        assertMentions(latest.getMessage(), "row id " + damagedId);

        // Reads that do not touch the damaged chunk still work.
        assertSeries(stored(SERIES, PARIS).slice(null, paris("2024-12-31T23:00")),
                db.inTransaction(YearParisStore.class, s -> s.getTs(KEY, null, paris("2024-12-31T23:00"))));
        assertSeries(stored(SERIES, PARIS), db.inTransaction(YearParisStore.class, s -> s.getTs(OTHER)));
    }

    @Test
    void updateMergingWithTheDamagedChunkFailsAndWritesNothing() {
        setData("not a frame".getBytes());
        List<PostgresStores.StoredRow> before = db.rows(YearParisStore.class);

        CorruptChunkException e = assertThrows(CorruptChunkException.class, () -> db.run(YearParisStore.class,
                s -> s.setTs(KEY, ramp(paris("2024-12-31T00:00"), HOUR, 30, 7), WriteMode.UPDATE)));

        assertMentions(e.getMessage(), "row id " + damagedId);
        assertEquals(before, db.rows(YearParisStore.class));
    }

    @Test
    void replaceOverwritesTheDamagedChunk() {
        setData("not a frame".getBytes());
        DenseSeries fresh = ramp(paris("2025-02-01T00:00"), HOUR, 3, 9);

        db.run(YearParisStore.class, s -> s.setTs(KEY, fresh, WriteMode.REPLACE));

        assertSeries(stored(fresh, PARIS), db.inTransaction(YearParisStore.class, s -> s.getTs(KEY)));
        assertArrayEquals(ChunkEncoding.FLOAT64.encode(new double[0]),
                db.rows(YearParisStore.class, "WHERE version = 1 AND chunk_index = 2024").get(0).data(), "2024 tombstoned");
    }
}
