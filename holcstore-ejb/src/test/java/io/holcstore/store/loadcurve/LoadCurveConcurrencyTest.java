package io.holcstore.store.loadcurve;

import io.holcstore.series.DenseSeries;
import io.holcstore.testing.LoadCurveStores;
import io.holcstore.testing.MeterCurve;
import io.holcstore.testing.PostgresStores;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.holcstore.store.loadcurve.Curves.HOUR;
import static io.holcstore.store.loadcurve.Curves.JAN_1;
import static io.holcstore.store.loadcurve.Curves.dense;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Named.named;

/**
 * Concurrent writers of new versions of one curve, each write its own transaction: versions 0..N*M-1, each exactly
 * once, on PostgreSQL (advisory locks) and H2 (lock rows), for the first version too (no row to lock yet).
 */
class LoadCurveConcurrencyTest {
    private static final int THREADS = 6;
    private static final int WRITES = 15;

    static Stream<Named<Supplier<LoadCurveStores>>> databases() {
        return Stream.of(named("PostgreSQL", LoadCurveStores::new),
                named("H2", () -> new LoadCurveStores(PostgresStores.h2Properties("loadcurve-concurrency"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentNewVersionsAreNumberedWithoutGapOrRepeat(Supplier<LoadCurveStores> database) throws Exception {
        try (LoadCurveStores stores = database.get()) {
            stores.clearAll();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<List<Integer>>> writers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    writers.add(pool.submit(() -> {
                        start.await();
                        List<Integer> versions = new ArrayList<>();
                        for (int w = 0; w < WRITES; w++) {
                            double value = thread * 1000 + w;
                            versions.add(stores.inTransaction(MeterCurve.class, s -> s.setLc("shared", dense(JAN_1, HOUR, value), 1,
                                    LoadCurveWrite.newVersion())).orElseThrow());
                        }
                        return versions;
                    }));
                }
                start.countDown();
                List<Integer> returned = new ArrayList<>();
                for (Future<List<Integer>> writer : writers) {
                    returned.addAll(writer.get());
                }
                List<Integer> expected = IntStream.range(0, THREADS * WRITES).boxed().toList();
                assertEquals(expected, returned.stream().sorted().toList(), "versions returned");
                Map<String, List<LoadCurveEntry>> stored = stores.inTransaction(MeterCurve.class,
                        s -> s.getManyLc(List.of("shared"), 1, LoadCurveQuery.versions()));
                assertEquals(expected, stored.get("shared").stream().map(LoadCurveEntry::version).sorted().toList(), "versions stored");
                assertEquals(THREADS * WRITES, stored.get("shared").stream().map(e -> e.series().valueAt(0)).distinct().count(),
                        "every write kept");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * Writers of many curves in one call, each call naming the same prms in its own order: no deadlock, and each prm's
     * versions are 0..N*M-1, each exactly once, as for one curve.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentWritesOfManyCurvesNumberEachCurvesVersionsWithoutGapOrRepeat(Supplier<LoadCurveStores> database) throws Exception {
        List<String> prms = IntStream.range(0, 10).mapToObj(i -> "many_" + i).toList();
        try (LoadCurveStores stores = database.get()) {
            stores.clearAll();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<List<Map<String, Integer>>>> writers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    writers.add(pool.submit(() -> {
                        start.await();
                        List<Map<String, Integer>> calls = new ArrayList<>();
                        for (int w = 0; w < WRITES; w++) {
                            Map<String, DenseSeries> curves = new LinkedHashMap<>();
                            for (int i = 0; i < prms.size(); i++) {
                                // each writer starts at another prm: the calls name the prms in different orders
                                curves.put(prms.get((i + thread * 3 + w) % prms.size()), dense(JAN_1, HOUR, thread * 1000 + w));
                            }
                            calls.add(stores.inTransaction(MeterCurve.class, s -> s.setManyLc(curves, 1, LoadCurveWrite.newVersion())));
                        }
                        return calls;
                    }));
                }
                start.countDown();
                Map<String, List<Integer>> returned = new TreeMap<>();
                for (Future<List<Map<String, Integer>>> writer : writers) {
                    for (Map<String, Integer> call : writer.get()) {
                        call.forEach((prm, version) -> returned.computeIfAbsent(prm, p -> new ArrayList<>()).add(version));
                    }
                }
                List<Integer> expected = IntStream.range(0, THREADS * WRITES).boxed().toList();
                Map<String, List<LoadCurveEntry>> stored = stores.inTransaction(MeterCurve.class,
                        s -> s.getManyLc(prms, 1, LoadCurveQuery.versions()));
                for (String prm : prms) {
                    assertEquals(expected, returned.get(prm).stream().sorted().toList(), "versions returned for " + prm);
                    assertEquals(expected, stored.get(prm).stream().map(LoadCurveEntry::version).sorted().toList(), "versions stored for " + prm);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
