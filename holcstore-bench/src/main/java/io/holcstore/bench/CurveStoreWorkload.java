package io.holcstore.bench;

import io.holcstore.bench.stores.BenchCurveStore;
import io.holcstore.series.DenseSeries;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A workload of the load-curve store ({@code LoadCurveStore}, entity {@link BenchCurveStore}): {@link #VERSIONS}
 * versions of each prm's curve of 2020 at 30 minutes (Europe/Paris), client {@link #CLIENT_ID}. Version {@code v}
 * starts {@code v} × 30 days after 2020-01-01T00:00 and ends with the year, so a combined read (newest version first,
 * older ones filling its gaps) takes the newest version's points and the first days from the older ones: every prm
 * combines to the whole year. Values are standard normals seeded by prm and version, made on demand.
 */
public enum CurveStoreWorkload implements BenchWorkload {
    /** The size: 1 000 prms, 3 000 rows. */
    CURVE_STORE(1000),
    /** A tenth of it, for quick checks. */
    CURVE_STORE_SCALED(100);

    /** Versions written of every prm: 0, 1 and 2. */
    public static final int VERSIONS = 3;
    /** The one client every curve belongs to. */
    public static final int CLIENT_ID = 1;
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final Duration STEP = Duration.ofMinutes(30);
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final Duration VERSION_OFFSET = Duration.ofDays(30);
    /** Seeds of the curves start far from the series workloads' (series numbers). */
    private static final long SEED_OFFSET = 1_000_000L;

    private final int prmCount;

    CurveStoreWorkload(int prmCount) {
        this.prmCount = prmCount;
    }

    @Override
    public WorkloadRun benchmark(Database db, Timings timings, Options options) throws SQLException {
        return new CurveStoreBenchmark(db, timings, options, this);
    }

    public Class<BenchCurveStore> entity() {
        return BenchCurveStore.class;
    }

    /** The store's zone, which its entity declares. */
    public ZoneId zone() {
        return ZONE;
    }

    public int prmCount() {
        return prmCount;
    }

    /** The meter key of prm {@code i}: 14 digits, as real ones. */
    public String prm(int i) {
        return String.format(Locale.ROOT, "%014d", 30_000_000_000_000L + i);
    }

    /** Every prm, in prm order (which is also number order). */
    public List<String> prms() {
        List<String> prms = new ArrayList<>(prmCount);
        for (int i = 0; i < prmCount; i++) {
            prms.add(prm(i));
        }
        return prms;
    }

    /** The points of version {@code v} of any prm. */
    public int points(int version) {
        return Math.toIntExact(Duration.between(start(version), end()).dividedBy(STEP));
    }

    /** Rows the store holds once every version is written. */
    public long rows() {
        return (long) prmCount * VERSIONS;
    }

    /** Points a combined read returns: the whole year for every prm. */
    public long combinedPoints() {
        return (long) prmCount * points(0);
    }

    /** Version {@code version} of prm {@code i}, made now. */
    public DenseSeries curve(int i, int version) {
        return DenseSeries.adopting(start(version), STEP, ZONE,
                SeriesGenerator.normals(SEED_OFFSET + (long) i * VERSIONS + version, points(version)));
    }

    /**
     * Version {@code version} of every prm, in maps of at most {@code size} prms (prm to curve, prm order), each made
     * when {@code next()} is called: one batch alive at a time.
     */
    public Iterable<Map<String, DenseSeries>> batches(int version, int size) {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < prmCount;
            }

            @Override
            public Map<String, DenseSeries> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Map<String, DenseSeries> batch = new LinkedHashMap<>();
                for (int to = Math.min(prmCount, next + size); next < to; next++) {
                    batch.put(prm(next), curve(next, version));
                }
                return batch;
            }
        };
    }

    private static Instant start(int version) {
        return FIRST_DAY.atStartOfDay(ZONE).toInstant().plus(VERSION_OFFSET.multipliedBy(version));
    }

    private static Instant end() {
        return FIRST_DAY.plusYears(1).atStartOfDay(ZONE).toInstant();
    }
}
