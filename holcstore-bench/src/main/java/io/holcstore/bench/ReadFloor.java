package io.holcstore.bench;

/**
 * The read floor every read figure is compared with: the same rows read the fastest plain-JDBC way, by binary and by
 * text transfer, reported as {@code read.floor_binary}, {@code read.floor_text} and their minimum {@code read.floor}.
 */
final class ReadFloor {
    private ReadFloor() {
    }

    /** A floor read by binary or text transfer; its seconds. */
    @FunctionalInterface
    interface FloorRead {
        double seconds(boolean binary) throws Exception;
    }

    /** How a benchmark times a run: the median of its timings, logged under {@code what}. */
    @FunctionalInterface
    interface Median {
        double of(String what, Timings.TimedRun run);
    }

    /** Times both transfers, reports the three figures and returns the faster transfer's seconds. */
    static double measure(Report report, Median median, FloorRead read) {
        double binary = median.of("read floor (binary transfer)", () -> read.seconds(true));
        double text = median.of("read floor (text transfer)", () -> read.seconds(false));
        double floor = Math.min(binary, text);
        report.seconds("read.floor_binary", binary);
        report.seconds("read.floor_text", text);
        report.seconds("read.floor", floor);
        return floor;
    }
}
