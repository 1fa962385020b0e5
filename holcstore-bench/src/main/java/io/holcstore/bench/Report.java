package io.holcstore.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints figures as {@code holcstore.<workload>.<figure>=<value>}, one a line on stdout, as soon as they are
 * known (a run that fails later keeps what it measured). Times are seconds, rates MB/s (10^6 bytes),
 * ratios are store cost over floor cost (1.00 = as fast as the floor; above = slower).
 */
public final class Report {
    private final PrintStream out;
    private final String prefix;

    public Report(PrintStream out, BenchWorkload workload) {
        this.out = out;
        this.prefix = "holcstore." + workload.label() + ".";
    }

    public void seconds(String figure, double seconds) {
        print(figure, String.format(Locale.ROOT, "%.3f", seconds));
    }

    /** A rate (MB/s, chunks/s) or a size in MB: one decimal. */
    public void decimal(String figure, double value) {
        print(figure, String.format(Locale.ROOT, "%.1f", value));
    }

    public void ratio(String figure, double ratio) {
        print(figure, String.format(Locale.ROOT, "%.2f", ratio));
    }

    public void count(String figure, long count) {
        print(figure, Long.toString(count));
    }

    /** A time and its ratio to the floor time of the same work. */
    public void secondsAgainstFloor(String figure, double seconds, double floorSeconds) {
        seconds(figure, seconds);
        ratio(figure + ".ratio_to_floor", seconds / floorSeconds);
    }

    /** A time, the floor time of the same work ({@code <figure>.floor}) and their ratio ({@code <figure>.ratio_to_floor}). */
    public void secondsWithFloor(String figure, double seconds, double floorSeconds) {
        seconds(figure, seconds);
        seconds(figure + ".floor", floorSeconds);
        ratio(figure + ".ratio_to_floor", seconds / floorSeconds);
    }

    private void print(String figure, String value) {
        out.println(prefix + figure + "=" + value);
        out.flush();
    }
}
