package io.holcstore.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time spent by this JVM and by the PostgreSQL backends serving its connections (those named
 * {@link Database#APPLICATION}; read from /proc, so zero when the database is on another machine), so
 * that the log tells which side limits a figure: wall time well above both means waiting (disk, WAL,
 * checkpoints, round trips). Other sessions on the same server (those of other databases included, whatever their
 * name), and its background writers, are left out.
 *
 * <p>Backends are compared one by one: a backend that ends during a run (a pool closing an idle connection) is
 * left out of that run instead of taking its whole life's CPU off the others', and one that starts during it counts
 * from its start.
 */
public final class CpuMeter implements AutoCloseable {
    /** USER_HZ of /proc/[pid]/stat times: 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Connection connection;
    private final PreparedStatement backends;
    /** A server process of http_pull, whose CPU is counted too while it runs; null for none. */
    private volatile ProcessHandle server;

    public CpuMeter(Database db) throws SQLException {
        connection = db.connectAs(Database.APPLICATION + "-meter", "");
        // this database only: a benchmark run on another database of the same server names its connections alike
        backends = connection.prepareStatement(
                "SELECT pid FROM pg_stat_activity WHERE application_name = ? AND datname = current_database()");
        backends.setString(1, Database.APPLICATION);
    }

    /**
     * Counts {@code process}'s CPU too (the sync server of http_pull, a JVM of its own), until {@link #stopMetering}.
     * Its PostgreSQL backends are counted with ours when its connections bear our application name.
     */
    public void meter(ProcessHandle process) {
        server = process;
    }

    public void stopMetering() {
        server = null;
    }

    /**
     * CPU so far: this JVM's seconds, each of our PostgreSQL backends' ticks by process id, and a metered server
     * process's seconds (NaN without one).
     */
    public record Sample(double jvm, Map<Integer, Long> backendTicks, double server) {
        public Sample {
            backendTicks = Map.copyOf(backendTicks);
        }

        /** The CPU spent between {@code start} and this sample, as a log line. */
        public String since(Sample start) {
            String line = String.format(Locale.ROOT, "JVM CPU %.2f s, PostgreSQL CPU %.2f s", jvm - start.jvm,
                    backendSecondsSince(start));
            return Double.isNaN(server) || Double.isNaN(start.server) ? line
                    : line + String.format(Locale.ROOT, ", server JVM CPU %.2f s", server - start.server);
        }

        /** The backends' CPU seconds since {@code start}: of those alive now, from {@code start} or from their own start. */
        double backendSecondsSince(Sample start) {
            long ticks = 0;
            for (Map.Entry<Integer, Long> backend : backendTicks.entrySet()) {
                ticks += backend.getValue() - start.backendTicks.getOrDefault(backend.getKey(), 0L);
            }
            return ticks / TICKS_PER_SECOND;
        }
    }

    public Sample sample() {
        ProcessHandle metered = server;
        double serverSeconds = metered == null ? Double.NaN
                : metered.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
        return new Sample(os.getProcessCpuTime() / 1e9, backendTicks(), serverSeconds);
    }

    /** utime + stime of each of our backends on this machine, by process id; empty if the query fails. */
    private Map<Integer, Long> backendTicks() {
        Map<Integer, Long> ticks = new HashMap<>();
        try (ResultSet rs = backends.executeQuery()) {
            while (rs.next()) {
                int pid = rs.getInt(1);
                ticks.put(pid, ticks(pid));
            }
        } catch (SQLException e) {
            return Map.of();
        }
        return ticks;
    }

    /** utime + stime of a process; 0 if it is not on this machine. */
    private static long ticks(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
            // After "(comm)": state is field 3; utime and stime are fields 14 and 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
