package io.holcstore.bench;

import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.rest.sync.client.SyncHttpClients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The sync server of http_pull: Payara Micro, started as a child process with its own -Xmx, deploying the
 * holcstore-bench-server WAR (the library's {@code SyncResource} over the benchmark's sync source stores) on a data
 * source of the benchmark's database and schema. It listens on 127.0.0.1 only, and is always destroyed on
 * {@link #close()} (and, should the benchmark be killed, by a shutdown hook), its whole process tree.
 *
 * <p>Its console and log go to files in {@code workDir}, never to the benchmark's stdout, which carries only figures.
 */
public final class BenchServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(BenchServer.class.getName());
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final String LOOPBACK = "127.0.0.1";

    /** Where the server comes from and how it runs. */
    public record Settings(Path microJar, Path war, String xmx, List<String> jvmArgs, Path workDir, int syncPage) {
    }

    private final Process process;
    private final URI root;
    private final ServerGcLog gcLog;
    /** Where its logs are, for error messages. */
    private final Path log;
    private final Thread killer;

    private BenchServer(Process process, URI root, ServerGcLog gcLog, Path log) {
        this.process = process;
        this.root = root;
        this.gcLog = gcLog;
        this.log = log;
        this.killer = new Thread(this::destroy, "bench-server-killer");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** Starts the server and returns once it answers an updates request of {@code probe}'s store. */
    public static BenchServer start(Settings settings, Database db, String user, String password,
                                    Class<? extends TimeseriesChunk> probe) {
        requireFile(settings.microJar(), "Payara Micro jar (--payara-micro)");
        requireFile(settings.war(), "benchmark server WAR (--server-war)");
        try {
            Files.createDirectories(settings.workDir());
            Path preboot = settings.workDir().resolve("preboot.asadmin");
            Files.writeString(preboot, String.join("\n",
                    "# Listen on loopback only.",
                    "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address="
                            + LOOPBACK, ""));
            Path gc = settings.workDir().resolve("server-gc.log");
            // Payara names it server.log.0, server.log.1... as it rotates.
            Path log = settings.workDir().resolve("server.log");
            Path console = settings.workDir().resolve("server-console.log");
            Files.deleteIfExists(gc);
            // Payara appends to its log: a "ready" line of an earlier start must not count (awaitReady).
            try (var old = Files.newDirectoryStream(settings.workDir(), "server.log*")) {
                for (Path file : old) {
                    Files.delete(file);
                }
            }
            int port = freeLoopbackPort();
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + settings.xmx(),
                    "-Xlog:gc:file=" + gc,
                    "-Dholcstore.bench.db.url=" + db.schemaUrl(),
                    "-Dholcstore.bench.db.user=" + user,
                    // The server's caps, so that a --sync-page above their default of 1000 is served.
                    "-Dholcstore.sync.max-page-size=" + Math.max(1000, settings.syncPage()),
                    "-Dholcstore.sync.max-pack-chunks=" + Math.max(1000, settings.syncPage())));
            if (!password.isEmpty()) {
                command.add("-Dholcstore.bench.db.password=" + password);
            }
            command.addAll(settings.jvmArgs());
            // Nothing beyond loopback: with --nocluster Payara Micro still binds its data grid to every interface
            // (*:6900), so the grid is a one-member cluster of its own name bound to 127.0.0.1, as the example's run
            // profile does (holcstore-war/pom.xml). --rootdir: its runtime unpacked here rather than in a new /tmp
            // directory at every start.
            command.add("-Dhazelcast.socket.bind.any=false");
            command.addAll(List.of("-jar", settings.microJar().toString(), "--interfaces", "127.0.0.1",
                    "--clustermode", "tcpip:127.0.0.1:6900", "--clustername", "holcstore-bench-" + port, "--port", Integer.toString(port),
                    "--rootdir", settings.workDir().resolve("runtime").toString(),
                    "--prebootcommandfile", preboot.toString(), "--deploy", settings.war().toString(),
                    "--contextroot", "/", "--logtofile", log.toString()));
            LOG.info(() -> "starting the sync server: " + String.join(" ", command));
            Process process = new ProcessBuilder(command).directory(settings.workDir().toFile())
                    .redirectErrorStream(true).redirectOutput(console.toFile()).start();
            BenchServer server = new BenchServer(process, URI.create("http://" + LOOPBACK + ":" + port + "/"), new ServerGcLog(gc),
                    settings.workDir());
            try {
                server.awaitReady(probe);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sync server", e);
        }
    }

    /** The sync URL of a store, e.g. {@code http://127.0.0.1:8123/api/sync/benchmonthsource/}. */
    public URI syncUrl(Class<? extends TimeseriesChunk> store) {
        return root.resolve("api/sync/" + store.getSimpleName().toLowerCase(Locale.ROOT) + "/");
    }

    public ProcessHandle process() {
        return process.toHandle();
    }

    public ServerGcLog gcLog() {
        return gcLog;
    }

    /** The most resident memory the server process has had so far (VmHWM), if /proc tells. */
    public Optional<Long> peakResidentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.fine(() -> "no VmHWM for the server: " + e);
        }
        return Optional.empty();
    }

    /**
     * Waits until Payara has logged that it is ready and the store answers an updates request. Both: the application
     * answers once it is loaded, before Payara has finished booting, and a pull started then was answered 500.
     */
    private void awaitReady(Class<? extends TimeseriesChunk> probe) {
        URI updates = syncUrl(probe).resolve("updates/?since=2000-01-01T00:00:00Z&limit=1");
        HttpClient http = SyncHttpClients.builder(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        long deadline = start + READY_TIMEOUT.toNanos();
        int lastStatus = -1;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the sync server exited with " + process.exitValue() + "; see the logs in " + log);
            }
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(updates).timeout(Duration.ofSeconds(30)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                lastStatus = answer.statusCode();
                if (lastStatus == 200 && loggedReady()) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    LOG.info(() -> String.format(Locale.ROOT, "sync server ready after %.1f s at %s (logs in %s)", seconds, root, log));
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the sync server", e);
            }
            sleep(POLL);
        }
        throw new IllegalStateException("the sync server did not answer " + updates + " with 200 within " + READY_TIMEOUT
                + " (last status " + lastStatus + "); see " + log);
    }

    /** Payara Micro's last boot line, "Payara Micro 6.2025.10 (build 42) ready in 18,137 (ms)". */
    private boolean loggedReady() {
        try (var files = Files.newDirectoryStream(log, "server.log*")) {
            for (Path file : files) {
                try (var lines = Files.lines(file)) {
                    if (lines.anyMatch(line -> line.contains("Payara Micro") && line.contains(" ready in "))) {
                        return true;
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.fine(() -> "cannot read the server's log yet: " + e);
        }
        return false;
    }

    /** Stops the server and everything it started; forcibly if it has not stopped after 20 s. */
    @Override
    public void close() {
        destroy();
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or ran.
        }
    }

    private void destroy() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                LOG.warning("the sync server did not stop within 20 s: killing it");
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        LOG.info("sync server stopped");
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }

    /** The java of this JVM, so that both sides run the same JDK. */
    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no " + what + " at " + file + ": build it with mvn -pl holcstore-bench -am package");
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the sync server", e);
        }
    }
}
