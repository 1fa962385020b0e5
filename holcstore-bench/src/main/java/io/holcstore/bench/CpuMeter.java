package io.holcstore.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * CPU time spent by this JVM and by the PostgreSQL backends serving its connections (those named
 * {@link Database#APPLICATION}; read from /proc, so zero when the database is on another machine), so
 * that the log tells which side limits a figure: wall time well above both means waiting (disk, WAL,
 * checkpoints, round trips). Other sessions on the same server, and its background writers, are left out.
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
        backends = connection.prepareStatement("SELECT pid FROM pg_stat_activity WHERE application_name = ?");
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

    /** CPU seconds so far: JVM, our PostgreSQL backends, and a metered server process (NaN without one). */
    public record Sample(double jvm, double postgres, double server) {
        public String since(Sample start) {
            String line = String.format(Locale.ROOT, "JVM CPU %.2f s, PostgreSQL CPU %.2f s", jvm - start.jvm, postgres - start.postgres);
            return Double.isNaN(server) || Double.isNaN(start.server) ? line
                    : line + String.format(Locale.ROOT, ", server JVM CPU %.2f s", server - start.server);
        }
    }

    public Sample sample() {
        ProcessHandle metered = server;
        double serverSeconds = metered == null ? Double.NaN
                : metered.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
        return new Sample(os.getProcessCpuTime() / 1e9, backendTicks() / TICKS_PER_SECOND, serverSeconds);
    }

    private long backendTicks() {
        long ticks = 0;
        try (ResultSet rs = backends.executeQuery()) {
            while (rs.next()) {
                ticks += ticks(rs.getInt(1));
            }
        } catch (SQLException e) {
            return 0;
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
