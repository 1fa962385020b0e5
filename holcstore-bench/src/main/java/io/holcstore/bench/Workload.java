package io.holcstore.bench;

import io.holcstore.bench.stores.BenchMonthSource;
import io.holcstore.bench.stores.BenchMonthStore;
import io.holcstore.bench.stores.BenchMonthTarget;
import io.holcstore.bench.stores.BenchYearSource;
import io.holcstore.bench.stores.BenchYearStore;
import io.holcstore.bench.stores.BenchYearTarget;
import io.holcstore.grid.StoreGrid;
import io.holcstore.mapping.StoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.store.SeriesKey;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * One benchmark workload: how many series, how long, and the stores they go to (a plain store, and sync
 * twins as replication source and target). Series {@code i} has key {@code version = i, kind = "k%03d"}
 * and starts at 2020-01-01T00:00 Europe/Paris.
 */
public enum Workload implements BenchWorkload {
    YEAR_LIGHT(20, 5, BenchYearStore.class, BenchYearSource.class, BenchYearTarget.class),
    MONTH_HEAVY(1000, 3, BenchMonthStore.class, BenchMonthSource.class, BenchMonthTarget.class),
    MONTH_HEAVY_SCALED(100, 3, BenchMonthStore.class, BenchMonthSource.class, BenchMonthTarget.class);

    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    private final int seriesCount;
    private final int years;
    private final Class<? extends TimeseriesChunk> store;
    private final Class<? extends TimeseriesChunk> syncSource;
    private final Class<? extends TimeseriesChunk> syncTarget;
    private final StoreGrid grid;

    Workload(int seriesCount, int years, Class<? extends TimeseriesChunk> store,
             Class<? extends TimeseriesChunk> syncSource, Class<? extends TimeseriesChunk> syncTarget) {
        this.seriesCount = seriesCount;
        this.years = years;
        this.store = store;
        this.syncSource = syncSource;
        this.syncTarget = syncTarget;
        // The three entities share axis, step and zone, so one grid describes them all.
        this.grid = StoreSettings.of(store).grid();
    }

    /** The chunk store's figures, against floors on the bare tables {@code holcstore_bench_floor} and its copy twin. */
    @Override
    public WorkloadRun benchmark(Database db, Timings timings, Options options) throws SQLException {
        FloorTable floorTable = new FloorTable("holcstore_bench_floor");
        FloorTable copyTarget = new FloorTable("holcstore_bench_floor_copy");
        floorTable.createIfMissing(db);
        copyTarget.createIfMissing(db);
        return new WorkloadBenchmark(db, timings, options, this, floorTable, copyTarget);
    }

    public int seriesCount() {
        return seriesCount;
    }

    public Class<? extends TimeseriesChunk> store() {
        return store;
    }

    public Class<? extends TimeseriesChunk> syncSource() {
        return syncSource;
    }

    public Class<? extends TimeseriesChunk> syncTarget() {
        return syncTarget;
    }

    public StoreGrid grid() {
        return grid;
    }

    public SeriesKey key(int i) {
        return SeriesKey.of("version", i, "kind", String.format(Locale.ROOT, "k%03d", i));
    }

    public ZoneId zone() {
        return grid.zone();
    }

    public Duration step() {
        return grid.step();
    }

    public Instant start() {
        return FIRST_DAY.atStartOfDay(zone()).toInstant();
    }

    /** Grid points per series: every step from the start up to local midnight {@code years} later. */
    public int pointsPerSeries() {
        Instant end = FIRST_DAY.plusYears(years).atStartOfDay(zone()).toInstant();
        return Math.toIntExact(Duration.between(start(), end).dividedBy(step()));
    }

    /** Chunks per series: every chunk from the one holding the start to the one holding the last point. */
    public int chunksPerSeries() {
        Instant last = start().plus(step().multipliedBy(pointsPerSeries() - 1L));
        return grid.chunkIndexOf(last) - grid.chunkIndexOf(start()) + 1;
    }

    public long totalChunks() {
        return (long) seriesCount * chunksPerSeries();
    }

    public long totalPoints() {
        return (long) seriesCount * pointsPerSeries();
    }

    /** Raw size of every value as float64: what the codec figures are measured against. */
    public long rawBytes() {
        return totalPoints() * Double.BYTES;
    }
}
