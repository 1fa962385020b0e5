package io.holcstore.store.jdbc;

import io.holcstore.ErrorKind;
import io.holcstore.codec.CorruptChunkException;
import io.holcstore.codec.UnknownDtypeException;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.TimeseriesStoreTestBase;
import io.holcstore.testing.YearKindSeries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stored rows the store cannot decode are errors naming the row's key, on reads and on the UPDATE that must merge them. */
class TimeseriesStoredDataErrorsTest extends TimeseriesStoreTestBase {
    private static final SeriesKey KEY = SeriesKey.of("year", 2020, "kind", "broken");
    private static final DenseSeries SERIES = DenseSeries.of(Instant.parse("2020-01-01T00:00:00Z"), Duration.ofHours(1), 1, 2);

    @BeforeEach
    void oneSeries() {
        db.inTransaction(YearKindSeries.class, s -> s.setTs(KEY, SERIES));
    }

    private static CorruptChunkException readFails() {
        return assertThrows(CorruptChunkException.class, () -> db.inTransaction(YearKindSeries.class, s -> s.getOneTs(KEY)));
    }

    @Test
    void aBlobThatIsNoFrameNamesTheRow() {
        db.execute(YearKindSeries.class, "UPDATE {table} SET data = ?", (Object) new byte[]{1, 2, 3});
        CorruptChunkException e = readFails();
        assertTrue(e.getMessage().contains("YearKindSeries") && e.getMessage().contains("kind=broken, year=2020"), e.getMessage());
        assertThrows(CorruptChunkException.class, () -> db.inTransaction(YearKindSeries.class, s -> s.getTs(SeriesKey.all())));
        assertThrows(CorruptChunkException.class,
                () -> db.inTransaction(YearKindSeries.class, s -> s.setTs(KEY, SERIES, WriteMode.UPDATE)));
    }

    @Test
    void anUnknownDtypeNamesTheRowAndTheDtype() {
        db.execute(YearKindSeries.class, "UPDATE {table} SET dtype = 'float128'");
        CorruptChunkException e = readFails();
        assertEquals(ErrorKind.CORRUPT_CHUNK, e.kind());
        assertInstanceOf(UnknownDtypeException.class, e.getCause());
        assertTrue(e.getMessage().contains("kind=broken, year=2020") && e.getMessage().contains("float128"), e.getMessage());
    }

    @Test
    void replaceRewritesAnUndecodableRowWithoutReadingIt() {
        db.execute(YearKindSeries.class, "UPDATE {table} SET data = ?", (Object) new byte[]{1, 2, 3});
        db.inTransaction(YearKindSeries.class, s -> s.setTs(KEY, SERIES, WriteMode.REPLACE));
        assertEquals(2, db.inTransaction(YearKindSeries.class, s -> s.getOneTs(KEY)).size());
    }
}
