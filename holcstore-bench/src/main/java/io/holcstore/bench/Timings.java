package io.holcstore.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Repeats a timed run and keeps the median, which one slow repetition (a checkpoint, a GC) does not move,
 * after untimed warm-up runs, so that store and floor alike are measured compiled by the JIT. Warm-up
 * lasts for at least the runs asked and at least {@link #WARMUP_SECONDS}: a figure of a few milliseconds
 * (year_light) needs dozens of runs before the JIT has compiled its path, a figure of seconds one.
 * Every timed run is logged with the CPU both sides spent in it.
 */
public final class Timings {
    private static final Logger LOG = Logger.getLogger(Timings.class.getName());
    private static final double WARMUP_SECONDS = 2.0;
    private static final int MAX_WARMUPS = 200;

    private final CpuMeter cpu;
    private final int warmups;
    private final int repetitions;

    public Timings(CpuMeter cpu, int warmups, int repetitions) {
        this.cpu = cpu;
        this.warmups = warmups;
        this.repetitions = repetitions;
    }

    /** A run that returns its own duration in seconds, so it can leave its setup out of the time. */
    @FunctionalInterface
    public interface TimedRun {
        double seconds() throws Exception;
    }

    public double median(String what, TimedRun run) {
        double warmedSeconds = 0;
        int warmed = 0;
        while (warmed < warmups || (warmed > 0 && warmed < MAX_WARMUPS && warmedSeconds < WARMUP_SECONDS)) {
            // The asked warm-ups are logged as runs; the ones added to fill the time only in the summary below.
            warmedSeconds += warmed < warmups ? once(what + ": warm-up " + (warmed + 1), run) : timed(what, run);
            warmed++;
        }
        if (warmed > warmups) {
            int runs = warmed;
            double spent = warmedSeconds;
            LOG.info(() -> String.format(Locale.ROOT, "%s: warmed up with %d runs, %.3f s", what, runs, spent));
        }
        double[] samples = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            samples[r] = once(what + ": repetition " + (r + 1) + "/" + repetitions, run);
        }
        Arrays.sort(samples);
        int mid = repetitions / 2;
        return repetitions % 2 == 1 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
    }

    /** One run, logged with the CPU spent in it (setup included: the meters cannot tell it apart). */
    public double once(String what, TimedRun run) {
        CpuMeter.Sample before = cpu.sample();
        double seconds = timed(what, run);
        CpuMeter.Sample after = cpu.sample();
        LOG.info(() -> String.format(Locale.ROOT, "%s took %.3f s (%s)", what, seconds, after.since(before)));
        return seconds;
    }

    private static double timed(String what, TimedRun run) {
        try {
            return run.seconds();
        } catch (Exception e) {
            throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
        }
    }

    /** Counts a server process's CPU in the runs' log lines from now on ({@link CpuMeter#meter}). */
    public void meter(ProcessHandle server) {
        cpu.meter(server);
    }

    public void stopMetering() {
        cpu.stopMetering();
    }

    public static double megabytesPerSecond(long bytes, double seconds) {
        return bytes / 1e6 / seconds;
    }
}
