package io.holcstore.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Repeats a timed run and keeps the median, which one slow repetition (a checkpoint, a GC) does not move,
 * after untimed warm-up runs, so that store and floor alike are measured compiled by the JIT. Every run is
 * logged with the CPU both sides spent in it.
 */
public final class Timings {
    private static final Logger LOG = Logger.getLogger(Timings.class.getName());

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
        for (int w = 0; w < warmups; w++) {
            once(what + ": warm-up " + (w + 1) + "/" + warmups, run);
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
        double seconds;
        try {
            seconds = run.seconds();
        } catch (Exception e) {
            throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
        }
        CpuMeter.Sample after = cpu.sample();
        LOG.info(() -> String.format(Locale.ROOT, "%s took %.3f s (%s)", what, seconds, after.since(before)));
        return seconds;
    }

    public static double megabytesPerSecond(long bytes, double seconds) {
        return bytes / 1e6 / seconds;
    }
}
