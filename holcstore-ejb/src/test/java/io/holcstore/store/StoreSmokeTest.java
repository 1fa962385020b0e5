package io.holcstore.store;

import io.holcstore.series.DenseSeries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoreSmokeTest {
    static PostgresStores db;

    @BeforeAll
    static void open() {
        db = new PostgresStores();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void roundTrip() {
        db.clear(YearParisStore.class);
        SeriesKey key = SeriesKey.of("version", 1, "kind", "a");
        DenseSeries series = DenseSeries.of(Instant.parse("2024-12-31T20:00:00Z"), Duration.ofHours(1), 1, 2, 3, 4, 5, 6);
        db.inTransaction(YearParisStore.class, s -> s.setTs(key, series, WriteMode.INSERT));
        DenseSeries read = db.inTransaction(YearParisStore.class, s -> s.getTs(key));
        assertEquals(series.withZone(read.zone()), read);
        System.out.println("table " + db.inTransaction(YearParisStore.class, s -> s.definition().table()));
    }
}
