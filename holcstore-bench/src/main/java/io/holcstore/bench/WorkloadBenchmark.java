package io.holcstore.bench;

import io.holcstore.bench.Options.Figure;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Runs the asked figures of one workload, each store figure next to its floor, and reports them. Figures
 * that read (get_all, yield_all, stored_bytes) fill the tables first when they do not already hold the
 * workload, so they can run alone in a JVM of their own on tables kept by an earlier run.
 */
public final class WorkloadBenchmark implements WorkloadRun {
    private static final Logger LOG = Logger.getLogger(WorkloadBenchmark.class.getName());
    private static final double MB = 1e6;
    /**
     * Untimed pulls before http_pull's own warm-up: a freshly started Payara compiles its HTTP, JAX-RS and JSON paths
     * over its first seconds of traffic (year_light's first pulls took 2.0, 1.4, 0.9 s).
     */
    private static final double SERVER_WARMUP_SECONDS = 10;

    private final Options options;
    private final Workload workload;
    private final Report report;
    private final StoreFigures store;
    private final FloorFigures floor;
    private final Database db;
    private final SeriesGenerator generator;
    private final Timings timings;
    /** The write floor, once measured: sync_fill is compared with it too. */
    private double writeFloor = Double.NaN;
    /** The read floor, once measured: export_zip is compared with it too. */
    private double readFloor = Double.NaN;
    /** The in-process replication, once measured: http_pull is compared with it. */
    private double replicationSeconds = Double.NaN;

    public WorkloadBenchmark(Database db, Timings timings, Options options, Workload workload,
                             FloorTable floorTable, FloorTable copyTarget) throws SQLException {
        this.db = db;
        this.timings = timings;
        this.options = options;
        this.workload = workload;
        this.report = new Report(System.out, workload);
        this.generator = new SeriesGenerator(workload);
        this.store = new StoreFigures(db, workload, generator, options.insertBatch());
        this.floor = new FloorFigures(db, workload, generator, floorTable, copyTarget);
    }

    @Override
    public void run() throws Exception {
        LOG.info(() -> workload.label() + ": " + workload.seriesCount() + " series, " + workload.totalPoints() + " points, "
                + workload.totalChunks() + " chunks, " + workload.rawBytes() / MB + " MB raw");
        report.count("points", workload.totalPoints());
        report.count("chunks", workload.totalChunks());
        if (options.wants(Figure.INSERT)) {
            insert();
        }
        boolean reads = options.wants(Figure.STORED_BYTES) || options.wants(Figure.GET_ALL) || options.wants(Figure.YIELD_ALL)
                || options.wants(Figure.EXPORT_ZIP);
        if (reads) {
            store.ensureFilled();
            db.settle(store.table());
        }
        if (reads || options.wants(Figure.REPLICATION)) {
            floor.ensureFilled();
            db.settle(floor.tableName());
        }
        if (options.wants(Figure.STORED_BYTES)) {
            storedBytes();
        }
        if (options.wants(Figure.GET_ALL) || options.wants(Figure.YIELD_ALL)) {
            reads();
        }
        if (options.wants(Figure.EXPORT_ZIP)) {
            exportZip();
        }
        if (options.wants(Figure.REPLICATION)) {
            replication();
        }
        if (options.wants(Figure.HTTP_PULL)) {
            httpPull();
        }
        if (options.wants(Figure.CODEC)) {
            codec();
        }
    }

    private void insert() {
        double insert = median("insert", store::insert);
        double copy = median("insert floor (COPY binary)", () -> floor.write(FloorFigures.WritePath.COPY));
        double batch = median("insert floor (batched INSERT, rewritten)", () -> floor.write(FloorFigures.WritePath.BATCH));
        writeFloor = Math.min(copy, batch);
        report.seconds("insert.floor_copy", copy);
        report.seconds("insert.floor_batch", batch);
        report.seconds("insert.floor", writeFloor);
        report.secondsAgainstFloor("insert", insert, writeFloor);
    }

    private void storedBytes() {
        long stored = db.totalBytes(store.table());
        long floorBytes = floor.storedBytes();
        report.count("stored_bytes", stored);
        report.count("stored_bytes.floor", floorBytes);
        report.ratio("stored_bytes.ratio_to_floor", (double) stored / floorBytes);
        report.ratio("bytes_per_point", (double) stored / workload.totalPoints());
        report.ratio("bytes_per_point.floor", (double) floorBytes / workload.totalPoints());
    }

    private void reads() {
        measureReadFloor();
        if (options.wants(Figure.GET_ALL)) {
            report.secondsAgainstFloor("get_all", median("get_all", store::getAll), readFloor);
        }
        if (options.wants(Figure.YIELD_ALL)) {
            report.secondsAgainstFloor("yield_all", median("yield_all", store::yieldAll), readFloor);
            store.measureYieldHeap();
            report.decimal("yield_all.peak_heap_mb", store.peakHeapBytes() / MB);
            report.decimal("yield_all.heap_after_gc_mb", store.heapAfterGcBytes() / MB);
            report.decimal("max_heap_mb", Runtime.getRuntime().maxMemory() / MB);
        }
    }

    private void measureReadFloor() {
        readFloor = ReadFloor.measure(report, this::median, floor::read);
    }

    /**
     * The export zip of every series, against the read floor: reading the same rows, decoded, is what the export cannot
     * go below; its CSV formatting and deflate are what it adds. No plain-JDBC export is a floor of it: formatting the
     * CSV with the JDK's formatters is slower than the export's own writer, so it would bound nothing.
     */
    private void exportZip() {
        if (Double.isNaN(readFloor)) {
            measureReadFloor();
        }
        ExportFigure export = new ExportFigure(db, workload);
        double seconds = median("export_zip", export::run);
        report.count("export_zip.csv_bytes", export.csvBytes());
        report.count("export_zip.zip_bytes", export.zipBytes());
        report.seconds("export_zip.seconds", seconds);
        report.decimal("export_zip.csv_mb_per_s", Timings.megabytesPerSecond(export.csvBytes(), seconds));
        report.ratio("export_zip.ratio_to_read_floor", seconds / readFloor);
    }

    private void replication() {
        // Each fill empties the source first; the replications that follow read the last one.
        double fill = median("sync_fill", store::fillSyncSource);
        db.settle(db.table(workload.syncSource()));
        if (Double.isNaN(writeFloor)) {
            report.seconds("sync_fill", fill);
        } else {
            report.secondsAgainstFloor("sync_fill", fill, writeFloor);
        }
        Replication replication = new Replication(db, workload, options.syncPage());
        List<SyncTargetPull.Result> runs = new ArrayList<>();
        double seconds = median("replication", () -> {
            SyncTargetPull.Result result = replication.run();
            runs.add(result);
            return result.seconds();
        });
        replicationSeconds = seconds;
        double clientCopy = median("replication floor (table copy through the JVM)", floor::copyTable);
        double serverCopy = median("replication floor (INSERT ... SELECT on the server)", floor::copyTableOnServer);
        // Every run moves the same chunks: the source does not change.
        long chunks = runs.get(0).chunks();
        long bytes = runs.get(0).blobBytes();
        report.count("replication.chunks", chunks);
        report.count("replication.blob_bytes", bytes);
        report.seconds("replication.floor", clientCopy);
        report.seconds("replication.server_copy", serverCopy);
        // Replication moves rows through a client, as the sync client must: its floor is the client path.
        report.secondsAgainstFloor("replication", seconds, clientCopy);
        report.ratio("replication.ratio_to_server_copy", seconds / serverCopy);
        report.decimal("replication.chunks_per_s", chunks / seconds);
        report.decimal("replication.mb_per_s", Timings.megabytesPerSecond(bytes, seconds));
        report.decimal("replication.floor_mb_per_s", Timings.megabytesPerSecond(bytes, clientCopy));
        report.decimal("replication.server_copy_mb_per_s", Timings.megabytesPerSecond(bytes, serverCopy));
    }

    /**
     * The same pull as {@link #replication()}, through our sync server in a Payara Micro of its own over loopback
     * HTTP. The server is started once for the figure (untimed, with its warm-up runs) and always stopped.
     */
    private void httpPull() {
        if (db.rowCount(db.table(workload.syncSource())) != workload.totalChunks()) {
            timings.once(workload.label() + " sync_fill (for http_pull, untimed)", store::fillSyncSource);
            db.settle(db.table(workload.syncSource()));
        }
        BenchServer.Settings settings = new BenchServer.Settings(options.payaraMicro(), options.serverWar(), options.serverXmx(),
                options.serverJvmArgs(), BenchJar.directory().resolve("http-pull-server"), options.syncPage());
        try (BenchServer server = BenchServer.start(settings, db, options.user(), options.password(), workload.syncSource())) {
            HttpPull pull = new HttpPull(db, workload, options.syncPage(), server.syncUrl(workload.syncSource()));
            List<SyncTargetPull.Result> runs = new ArrayList<>();
            timings.meter(server.process());
            double seconds;
            try {
                warmUpServer(pull);
                server.gcLog().mark();
                seconds = median("http_pull", () -> {
                    SyncTargetPull.Result result = pull.run();
                    runs.add(result);
                    return result.seconds();
                });
            } finally {
                timings.stopMetering();
            }
            long bytes = runs.get(0).blobBytes();
            report.seconds("http_pull.seconds", seconds);
            report.decimal("http_pull.mb_per_s", Timings.megabytesPerSecond(bytes, seconds));
            report.decimal("http_pull.chunks_per_s", runs.get(0).chunks() / seconds);
            if (Double.isNaN(replicationSeconds)) {
                LOG.info("http_pull.ratio_to_replication needs the replication figure in the same run (--figures replication,http_pull)");
            } else {
                report.ratio("http_pull.ratio_to_replication", seconds / replicationSeconds);
            }
            reportServerMemory(server);
            containerPull(server, seconds);
        }
    }

    /**
     * http_pull's container path beside the JDK-client figure: the same pull run inside the server, through the
     * MicroProfile REST Client with Fault Tolerance ({@link ContainerPull}); its own warm-up first (the server's client
     * side has not run yet).
     */
    private void containerPull(BenchServer server, double jdkClientSeconds) {
        ContainerPull pull = new ContainerPull(db, workload, options.syncPage(), server.syncUrl(workload.syncSource()));
        double spent = 0;
        for (int run = 1; spent < SERVER_WARMUP_SECONDS; run++) {
            spent += timings.once(workload.label() + " http_pull container: warm-up " + run, () -> pull.run().seconds());
        }
        List<SyncTargetPull.Result> runs = new ArrayList<>();
        double seconds = median("http_pull container (MicroProfile REST Client + Fault Tolerance)", () -> {
            SyncTargetPull.Result result = pull.run();
            runs.add(result);
            return result.seconds();
        });
        report.seconds("http_pull.container.seconds", seconds);
        report.decimal("http_pull.container.mb_per_s", Timings.megabytesPerSecond(runs.get(0).blobBytes(), seconds));
        report.ratio("http_pull.container.ratio_to_jdk_client", seconds / jdkClientSeconds);
    }

    private void warmUpServer(HttpPull pull) {
        double spent = 0;
        for (int run = 1; spent < SERVER_WARMUP_SECONDS; run++) {
            spent += timings.once(workload.label() + " http_pull: server warm-up " + run, () -> pull.run().seconds());
        }
    }

    private void reportServerMemory(BenchServer server) {
        report.decimal("http_pull.server_xmx_mb", HeapSize.bytes(options.serverXmx()) / MB);
        ServerGcLog.Heap heap = server.gcLog().sinceMark();
        LOG.info(() -> heap.collections() + " server collections during the pulls (" + server.gcLog().file() + ")");
        if (heap.collections() > 0) {
            report.decimal("http_pull.server_peak_heap_mb", heap.peakBytes() / MB);
            report.decimal("http_pull.server_heap_after_gc_mb", heap.afterGcBytes() / MB);
        }
        server.peakResidentBytes().ifPresent(rss -> report.decimal("http_pull.server_peak_rss_mb", rss / MB));
    }

    private void codec() {
        CodecFloor codec = new CodecFloor(workload, generator);
        LOG.info(codec::toString);
        report.decimal("codec.encode_mb_per_s", Timings.megabytesPerSecond(codec.bytesPerRun(), median("codec encode", codec::encode)));
        report.decimal("codec.decode_mb_per_s", Timings.megabytesPerSecond(codec.bytesPerRun(), median("codec decode", codec::decode)));
    }

    /** Closes the floor's connections. */
    @Override
    public void close() throws SQLException {
        floor.close();
    }

    private double median(String what, Timings.TimedRun run) {
        return timings.median(workload.label() + " " + what, run);
    }
}
