package io.holcstore.store.loadcurve;

import io.holcstore.store.InvalidArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * An interval of instants, both ends included (the reference's {@code Range}). Immutable; ordered by start, then end.
 *
 * @param start the first instant
 * @param end   the last instant, not before {@code start}
 */
public record TimeRange(Instant start, Instant end) implements Comparable<TimeRange> {
    private static final Comparator<TimeRange> ORDER = Comparator.comparing(TimeRange::start).thenComparing(TimeRange::end);

    /**
     * @throws InvalidArgumentException naming {@code start} or {@code end} if one is null, or {@code end} if it is
     *                                  before {@code start}
     */
    public TimeRange {
        InvalidArgumentException.requireNonNull(start, "start");
        InvalidArgumentException.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new InvalidArgumentException("end", "(" + end + ") is before start (" + start + ")");
        }
    }

    /** Whether the two ranges share at least one instant. */
    public boolean overlaps(TimeRange other) {
        return !start.isAfter(other.end) && !end.isBefore(other.start);
    }

    /** This range widened by {@code margin} on both sides. */
    public TimeRange widen(Duration margin) {
        return margin.isZero() ? this : new TimeRange(start.minus(margin), end.plus(margin));
    }

    @Override
    public int compareTo(TimeRange other) {
        return ORDER.compare(this, other);
    }
}
