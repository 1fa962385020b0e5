package io.holcstore.bench;

import io.holcstore.bench.stores.BenchSeriesStore;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.KeyedSeries;
import io.holcstore.store.SeriesKey;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A workload of the store of whole series ({@code TimeseriesStore}, entity {@link BenchSeriesStore}): series of 3 years
 * at 15 minutes, one row each. Series {@code i} has key {@code version = i, kind = "k%03d"} (as the chunk workloads),
 * starts at 2020-01-01T00:00 Europe/Paris and holds standard-normal values seeded by its number, made on demand.
 */
public enum SeriesStoreWorkload implements BenchWorkload {
    /** The size: 1 000 series, 105 M points. */
    SERIES_STORE(1000),
    /** A tenth of it, for quick checks. */
    SERIES_STORE_SCALED(100);

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final Duration STEP = Duration.ofMinutes(15);
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final int YEARS = 3;

    private final int seriesCount;

    SeriesStoreWorkload(int seriesCount) {
        this.seriesCount = seriesCount;
    }

    @Override
    public WorkloadRun benchmark(Database db, Timings timings, Options options) throws SQLException {
        return new SeriesStoreBenchmark(db, timings, options, this);
    }

    public Class<BenchSeriesStore> entity() {
        return BenchSeriesStore.class;
    }

    /** The store's zone, which its entity declares: written series are read, read series rendered, in it. */
    public ZoneId zone() {
        return ZONE;
    }

    public int seriesCount() {
        return seriesCount;
    }

    public SeriesKey key(int i) {
        return SeriesKey.of("version", i, "kind", String.format(Locale.ROOT, "k%03d", i));
    }

    /** Points per series: every step from the start up to local midnight three years later. */
    public int pointsPerSeries() {
        Instant end = FIRST_DAY.plusYears(YEARS).atStartOfDay(ZONE).toInstant();
        return Math.toIntExact(Duration.between(start(), end).dividedBy(STEP));
    }

    public long totalPoints() {
        return (long) seriesCount * pointsPerSeries();
    }

    /** Series {@code i}, made now. */
    public DenseSeries series(int i) {
        return DenseSeries.adopting(start(), STEP, ZONE, SeriesGenerator.normals(i, pointsPerSeries()));
    }

    /** Every series with its key, each made when the iteration reaches it: one alive at a time. */
    public Iterable<KeyedSeries> all() {
        return () -> IntStream.range(0, seriesCount).mapToObj(i -> new KeyedSeries(key(i), series(i))).iterator();
    }

    private static Instant start() {
        return FIRST_DAY.atStartOfDay(ZONE).toInstant();
    }
}
