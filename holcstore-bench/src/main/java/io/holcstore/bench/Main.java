package io.holcstore.bench;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Benchmark of the stores (chunk store, store of whole series, load-curve store) against plain-JDBC floors on
 * PostgreSQL; see BENCHMARK.md. Figures go to
 * stdout as {@code holcstore.<workload>.<figure>=<value>}, progress to stderr.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        // One line per record; must be set before java.util.logging formats anything.
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %3$s: %5$s%6$s%n");
        }
        if (List.of(args).contains("--help")) {
            System.out.print(Options.USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        Logger log = Logger.getLogger(Main.class.getName());
        warnIfBusy(log);
        try (Database db = new Database(options.jdbcUrl(), options.schema(), options.user(), options.password());
             CpuMeter cpu = new CpuMeter(db)) {
            Timings timings = new Timings(cpu, options.warmups(), options.repetitions());
            try {
                for (BenchWorkload workload : options.workloads()) {
                    try (WorkloadRun benchmark = workload.benchmark(db, timings, options)) {
                        benchmark.run();
                    }
                }
            } finally {
                if (options.keepTables()) {
                    log.info(() -> "tables kept in schema " + options.schema() + " (--keep-tables)");
                } else {
                    db.dropSchema();
                }
            }
        } catch (RuntimeException | SQLException e) {
            log.log(Level.SEVERE, "benchmark failed", e);
            System.exit(1);
        }
    }

    /** Other work on the machine (builds, tests on the same database) shows up in every figure. */
    private static void warnIfBusy(Logger log) {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        if (load > cores / 2.0) {
            log.warning(String.format(Locale.ROOT, "load average %.1f on %d cores: other work is running, figures will be noisy", load, cores));
        }
    }
}
