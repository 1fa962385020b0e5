package io.holcstore.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The command line, parsed; see {@link #USAGE}. */
public record Options(List<BenchWorkload> workloads, int repetitions, String jdbcUrl, String schema, String user, String password,
                      Set<Figure> figures, int warmups, int insertBatch, int curveBatch, int syncPage, boolean keepTables,
                      Path payaraMicro, Path serverWar, String serverXmx, List<String> serverJvmArgs) {

    /** What can be measured; floors come with the store figures that need them. */
    public enum Figure {
        INSERT, GET_ALL, YIELD_ALL, STORED_BYTES, EXPORT_ZIP, REPLICATION, HTTP_PULL, CODEC,
        /** The stores of whole series' writes of every series ({@code ts_set_many}, {@code lc_set_many}). */
        SET_MANY,
        /** The stores of whole series' reads of every series ({@code ts_get_many}, {@code lc_get_many}). */
        GET_MANY;

        static Figure named(String name) {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        }
    }

    public static final String USAGE = """
            usage: java -jar holcstore-bench.jar [options]
              --workload W[,W...]   chunk store: year_light (default), month_heavy, month_heavy_scaled;
                                    store of whole series: series_store, series_store_scaled;
                                    load-curve store: curve_store, curve_store_scaled
              --repetitions N       timed runs of each figure; medians are printed (default 3)
              --warmup N            untimed runs before them, at least (default 1; more until they took 2 s; 0: none)
              --jdbc-url URL        default jdbc:postgresql://127.0.0.1:5432/test?reWriteBatchedInserts=true
                                    (the data-source setting the README recommends for chunk stores)
              --schema NAME         schema the benchmark creates, fills and drops (default holcstore_bench)
              --user USER           default postgres
              --password PASSWORD   default none (trust authentication)
              --figures F[,F...]    subset of insert,get_all,yield_all,stored_bytes,export_zip,replication,
                                    http_pull,codec (chunk store), set_many,get_many,stored_bytes,export_zip
                                    (stores of whole series); default all
              --insert-batch N      series per setManyTs call, all calls in one transaction (default 50)
              --curve-batch N       prms per setManyLc/getManyLc call of the load-curve store (default 100)
              --sync-page N         chunks per listUpdates/exportChunks/importChunks page (default 1000)
              --payara-micro JAR    http_pull's server (default payara-micro.jar next to holcstore-bench.jar)
              --server-war WAR      http_pull's server WAR (default holcstore-bench-server.war next to it)
              --server-xmx SIZE     the server JVM's -Xmx (default 512m)
              --server-jvm-arg ARG  one more option of the server JVM, e.g. -XX:StartFlightRecording=...; repeatable
              --keep-tables         keep the schema and its filled tables at the end, so a later run (e.g.
                                    --figures yield_all) reads them without inserting again
              --help                this text
            """;

    public static Options parse(String... args) {
        List<BenchWorkload> workloads = List.of(Workload.YEAR_LIGHT);
        int repetitions = 3;
        String url = "jdbc:postgresql://127.0.0.1:5432/test?reWriteBatchedInserts=true";
        String schema = "holcstore_bench";
        String user = "postgres";
        String password = "";
        Set<Figure> figures = EnumSet.allOf(Figure.class);
        int warmups = 1;
        int insertBatch = 50;
        int curveBatch = 100;
        int syncPage = 1000;
        boolean keep = false;
        Path payaraMicro = BenchJar.directory().resolve("payara-micro.jar");
        Path serverWar = BenchJar.directory().resolve("holcstore-bench-server.war");
        String serverXmx = "512m";
        List<String> serverJvmArgs = new ArrayList<>();
        for (int a = 0; a < args.length; a++) {
            String option = args[a];
            if (option.equals("--keep-tables")) {
                keep = true;
                continue;
            }
            if (a + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + option);
            }
            String value = args[++a];
            switch (option) {
                case "--workload" -> workloads = split(value).stream().map(BenchWorkload::named).toList();
                case "--repetitions" -> repetitions = positive(option, value);
                case "--jdbc-url" -> url = value;
                case "--schema" -> schema = value;
                case "--user" -> user = value;
                case "--password" -> password = value;
                case "--figures" -> {
                    figures = EnumSet.noneOf(Figure.class);
                    for (String name : split(value)) {
                        figures.add(Figure.named(name));
                    }
                }
                case "--warmup" -> warmups = nonNegative(option, value);
                case "--insert-batch" -> insertBatch = positive(option, value);
                case "--curve-batch" -> curveBatch = positive(option, value);
                case "--sync-page" -> syncPage = positive(option, value);
                case "--payara-micro" -> payaraMicro = Path.of(value);
                case "--server-war" -> serverWar = Path.of(value);
                case "--server-xmx" -> serverXmx = heapSize(option, value);
                case "--server-jvm-arg" -> serverJvmArgs.add(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new Options(workloads, repetitions, url, schema, user, password, figures, warmups, insertBatch, curveBatch, syncPage, keep,
                payaraMicro, serverWar, serverXmx, List.copyOf(serverJvmArgs));
    }

    public boolean wants(Figure figure) {
        return figures.contains(figure);
    }

    private static List<String> split(String value) {
        return new ArrayList<>(Arrays.asList(value.split(",")));
    }

    /** A JVM heap size as -Xmx takes it: 512m, 1g, 536870912. */
    private static String heapSize(String option, String value) {
        if (!value.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException(option + " takes a heap size such as 512m or 1g, got " + value);
        }
        return value;
    }

    private static int positive(String option, String value) {
        int n = nonNegative(option, value);
        if (n == 0) {
            throw new IllegalArgumentException(option + " must be positive, got " + value);
        }
        return n;
    }

    private static int nonNegative(String option, String value) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number, got " + value);
        }
        if (n < 0) {
            throw new IllegalArgumentException(option + " must not be negative, got " + value);
        }
        return n;
    }
}
