package io.holcstore.grid;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The grid a store keeps its series on: instants {@code chunkStart + k * step}, where chunk
 * starts are local midnights (1st of month or 1 January) in the store's zone.
 *
 * <p>Steps are absolute time: across a DST change a day holds 23 or 25 hourly points. Each
 * chunk holds every grid point from its start up to (excluding) the next chunk's start.
 */
public final class StoreGrid {
    private static final long SECONDS_PER_DAY = 86_400;
    /** The years a store holds, in its zone: the four-digit years of ISO 8601, which every database and client can hold. */
    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    private final Duration step;
    private final long stepSeconds;
    private final ZoneId zone;
    private final ChunkAxis axis;
    private final Map<Integer, long[]> bounds = new ConcurrentHashMap<>();
    private final int firstChunk;
    private final int lastChunk;
    private final Instant first;
    private final Instant end;

    public StoreGrid(Duration step, ZoneId zone, ChunkAxis axis) {
        this.step = Objects.requireNonNull(step, "step");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.axis = Objects.requireNonNull(axis, "axis");
        if (step.isNegative() || step.isZero() || step.getNano() != 0 || step.getSeconds() > SECONDS_PER_DAY) {
            throw new IllegalArgumentException("step must be a whole number of seconds between PT1S and P1D, got " + step);
        }
        this.stepSeconds = step.getSeconds();
        this.firstChunk = axis.indexOf(LocalDate.of(FIRST_YEAR, 1, 1));
        this.lastChunk = axis.indexOf(LocalDate.of(LAST_YEAR, 12, 31));
        this.first = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(zone).toInstant();
        this.end = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(zone).toInstant();
    }

    public Duration step() {
        return step;
    }

    public long stepSeconds() {
        return stepSeconds;
    }

    public ZoneId zone() {
        return zone;
    }

    public ChunkAxis axis() {
        return axis;
    }

    /**
     * The index of the chunk whose period holds this instant.
     *
     * @throws TimestampOutOfRangeException if the instant lies outside the years {@value #FIRST_YEAR} to
     *                                      {@value #LAST_YEAR} of the store zone
     */
    public int chunkIndexOf(Instant instant) {
        if (!covers(instant)) {
            throw new TimestampOutOfRangeException(instant, first, end);
        }
        return axis.indexOf(instant.atZone(zone).toLocalDate());
    }

    /** Whether the instant lies within the years the grid holds. */
    public boolean covers(Instant instant) {
        return !instant.isBefore(first) && instant.isBefore(end);
    }

    /** The first instant the grid holds: local midnight of 1 January of year {@value #FIRST_YEAR}. */
    public Instant firstInstant() {
        return first;
    }

    /** The instant after the last one the grid holds: local midnight of 1 January of the year after {@value #LAST_YEAR}. */
    public Instant endInstant() {
        return end;
    }

    /** Whether a chunk index names a chunk within the years the grid holds. */
    public boolean holdsChunk(int chunkIndex) {
        return chunkIndex >= firstChunk && chunkIndex <= lastChunk;
    }

    /** The first grid instant of the chunk: local midnight of its first day. */
    public Instant chunkStart(int chunkIndex) {
        return Instant.ofEpochSecond(bounds(chunkIndex)[0]);
    }

    /** The number of grid points of the chunk, DST days included. */
    public int chunkLength(int chunkIndex) {
        long[] bounds = bounds(chunkIndex);
        return Math.toIntExact(ceilDiv(bounds[1] - bounds[0], stepSeconds));
    }

    /**
     * The chunk's start and the next chunk's start, in epoch seconds. Cached: the zone-rule lookups
     * behind them were 15% of a bulk read's CPU, and a store only ever sees a few hundred chunk indexes.
     */
    private long[] bounds(int chunkIndex) {
        return bounds.computeIfAbsent(chunkIndex, index -> new long[] {
                axis.firstDay(index).atStartOfDay(zone).toEpochSecond(),
                axis.firstDayAfter(index).atStartOfDay(zone).toEpochSecond()});
    }

    /**
     * The position of an instant within its chunk, or -1 when it is not a grid instant.
     * The chunk is the one {@link #chunkIndexOf(Instant)} returns.
     */
    public int offsetInChunk(Instant instant, int chunkIndex) {
        if (instant.getNano() != 0) {
            return -1;
        }
        long delta = instant.getEpochSecond() - chunkStart(chunkIndex).getEpochSecond();
        return delta % stepSeconds == 0 ? Math.toIntExact(delta / stepSeconds) : -1;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    @Override
    public String toString() {
        return "StoreGrid[step=" + step + ", zone=" + zone + ", axis=" + axis + "]";
    }
}
