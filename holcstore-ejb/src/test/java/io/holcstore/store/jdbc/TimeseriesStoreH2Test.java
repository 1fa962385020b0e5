package io.holcstore.store.jdbc;

import io.holcstore.series.DenseSeries;
import io.holcstore.series.IndexedSeries;
import io.holcstore.store.AmbiguousSeriesException;
import io.holcstore.store.SeriesAlreadyExistsException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.SeriesNotFoundException;
import io.holcstore.store.TimeseriesEntry;
import io.holcstore.store.WriteMode;
import io.holcstore.store.dialect.PortableBlobTableDialect;
import io.holcstore.testing.PostgresStores;
import io.holcstore.testing.TimeseriesStores;
import io.holcstore.testing.YearKindSeries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The store of whole series on an embedded H2 database, the example application's default: schema generation with the
 * customizer's constraint, and the core scenario (first write, already exists, update, replace, reads, clear).
 */
class TimeseriesStoreH2Test {
    private static TimeseriesStores h2;

    @BeforeAll
    static void open() {
        h2 = new TimeseriesStores(PostgresStores.h2Properties("holcstore-timeseries-h2"));
    }

    @AfterAll
    static void close() {
        h2.close();
    }

    private static DenseSeries hourly(String start, double... values) {
        return DenseSeries.of(Instant.parse(start), Duration.ofHours(1), values);
    }

    @Test
    void theCoreScenarioRunsOnH2() {
        SeriesKey a = SeriesKey.of("year", 2020, "kind", "a");
        SeriesKey b = SeriesKey.of("year", 2021, "kind", "a");
        h2.inTransaction(YearKindSeries.class, s -> s.setTs(a, hourly("2020-01-01T00:00:00Z", 1, 2, 3)));
        assertThrows(SeriesAlreadyExistsException.class,
                () -> h2.inTransaction(YearKindSeries.class, s -> s.setTs(a, hourly("2020-01-01T00:00:00Z", 4))));
        h2.inTransaction(YearKindSeries.class, s -> s.setTs(a, hourly("2020-01-01T02:00:00Z", 30, 40), WriteMode.UPDATE));
        assertEquals(IndexedSeries.of(hourly("2020-01-01T00:00:00Z", 1, 2, 30, 40), ZoneOffset.UTC),
                h2.inTransaction(YearKindSeries.class, s -> s.getOneTs(a)));

        h2.inTransaction(YearKindSeries.class, s -> s.setTs(b, hourly("2021-01-01T00:00:00Z", 5), WriteMode.REPLACE));
        h2.inTransaction(YearKindSeries.class, s -> s.setTs(b, hourly("2021-06-01T00:00:00Z", 6), WriteMode.REPLACE));
        List<TimeseriesEntry> both = h2.inTransaction(YearKindSeries.class, s -> s.getTs(SeriesKey.of("kind", "a")));
        assertEquals(List.of(a, b), both.stream().map(TimeseriesEntry::key).toList());
        assertEquals(IndexedSeries.of(hourly("2021-06-01T00:00:00Z", 6), ZoneOffset.UTC), both.get(1).series());
        assertThrows(AmbiguousSeriesException.class, () -> h2.inTransaction(YearKindSeries.class, s -> s.getOneTs(SeriesKey.of("kind", "a"))));

        boolean written = h2.inTransaction(YearKindSeries.class, s -> s.setTs(b, hourly("2021-01-01T00:00:00Z", Double.NaN),
                WriteMode.REPLACE));
        assertFalse(written);
        int cleared = h2.inTransaction(YearKindSeries.class, s -> s.clear(SeriesKey.of("year", 2021)));
        assertEquals(1, cleared);
        assertThrows(SeriesNotFoundException.class, () -> h2.inTransaction(YearKindSeries.class, s -> s.getOneTs(b)));
        long left = h2.inTransaction(YearKindSeries.class, s -> s.count(SeriesKey.of("kind", "a")));
        assertEquals(1, left);
    }

    @Test
    void aFirstInsertMeetingARowCommittedMeanwhileIsTheTypedErrorOnH2() {
        SeriesKey key = SeriesKey.of("year", 1999, "kind", "h2");
        h2.inTransaction(YearKindSeries.class, s -> s.setTs(key, hourly("1999-01-01T00:00:00Z", 1)));
        // As a writer that looked for the row before it was committed: its insert meets the row.
        boolean inserted = h2.jdbc(c -> new TimeseriesTable(h2.mapping(YearKindSeries.class), PortableBlobTableDialect.INSTANCE, c)
                .insertIfAbsent(key, "indexed_float64", new byte[]{1}));
        assertFalse(inserted, "the unique violation is reported as 'exists', and the transaction goes on on H2");
        long stored = h2.inTransaction(YearKindSeries.class, s -> s.count(key));
        assertEquals(1, stored);
    }
}
