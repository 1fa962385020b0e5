package io.holcstore.bench;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A workload the command line names ({@code --workload}): the chunk store's ({@link Workload}), the store of whole
 * series' ({@link SeriesStoreWorkload}) or the load-curve store's ({@link CurveStoreWorkload}), each with the benchmark
 * that measures its figures.
 */
public sealed interface BenchWorkload permits Workload, SeriesStoreWorkload, CurveStoreWorkload {

    /** The enum constant's name; every workload is one. */
    String name();

    /** The name used on the command line and in figure names ({@code month_heavy}): the constant's, in lower case. */
    default String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The benchmark of this workload's figures on {@code db}; the caller runs it, then closes it. */
    WorkloadRun benchmark(Database db, Timings timings, Options options) throws SQLException;

    /**
     * The workload of that name, whatever its store.
     *
     * @throws IllegalArgumentException naming the unknown name and the known ones
     */
    static BenchWorkload named(String name) {
        String label = name.trim().toLowerCase(Locale.ROOT);
        return all().filter(w -> w.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown workload '" + name + "'; known: "
                        + all().map(BenchWorkload::label).collect(Collectors.joining(", "))));
    }

    private static Stream<BenchWorkload> all() {
        return Stream.of(Workload.values(), SeriesStoreWorkload.values(), CurveStoreWorkload.values()).flatMap(Arrays::stream);
    }
}
