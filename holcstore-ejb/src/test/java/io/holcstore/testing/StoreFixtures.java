package io.holcstore.testing;

import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.SeriesKey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys, series and assertions shared by the store tests. */
public final class StoreFixtures {
    public static final double NaN = Double.NaN;
    public static final ZoneId UTC = ZoneId.of("UTC");
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final Duration HOUR = Duration.ofHours(1);
    public static final Duration QUARTER = Duration.ofMinutes(15);
    public static final Duration HALF_HOUR = Duration.ofMinutes(30);
    /** The 11-byte LZ4 frame of an empty buffer: the data of every tombstone. */
    public static final int EMPTY_FRAME_LENGTH = 11;

    /** Every store entity of the test persistence unit. */
    public static final List<Class<? extends TimeseriesChunk>> ALL_STORES =
            List.of(YearParisStore.class, MonthUtcStore.class, MonthParisSyncStore.class, SingleSeriesStore.class,
                    TypedKeyStore.class, TypedKeySyncStore.class, QuarterParisSyncStore.class,
                    MonthParisSyncMirror.class, MonthParisSyncReplica.class, MonthParisSyncTail.class,
                    MonthParisSyncSecondSource.class);

    private StoreFixtures() {
    }

    /** A complete key of the stores keyed by (version, kind). */
    public static SeriesKey key(int version, String kind) {
        return SeriesKey.of("version", version, "kind", kind);
    }

    public static SeriesKey version(int version) {
        return SeriesKey.of("version", version);
    }

    /** What {@code lastUpdatedAt} answers when nothing matches: local midnight of 2000-01-01 in the store zone. */
    public static Instant neverUpdated(ZoneId storeZone) {
        return LocalDateTime.parse("2000-01-01T00:00").atZone(storeZone).toInstant();
    }

    /** The bytes of a test resource, by absolute path ({@code /vectors/empty.lz4}). */
    public static byte[] resource(String path) {
        try (InputStream in = StoreFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The instant of a local date-time in Europe/Paris. */
    public static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    public static Instant utc(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(UTC).toInstant();
    }

    /** {@code count} values {@code first, first + 1, ...}, rendered in UTC. */
    public static DenseSeries ramp(Instant start, Duration step, int count, double first) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = first + i;
        }
        return DenseSeries.of(start, step, values);
    }

    /** A series of {@code count} points, all {@code NaN}. */
    public static DenseSeries allNaN(Instant start, Duration step, int count) {
        double[] values = new double[count];
        Arrays.fill(values, NaN);
        return DenseSeries.of(start, step, values);
    }

    /** {@code series} with the values at positions {@code [from, to)} replaced by NaN. */
    public static DenseSeries withGap(DenseSeries series, int from, int to) {
        double[] values = series.values();
        Arrays.fill(values, from, to, NaN);
        return DenseSeries.of(series.start(), series.step(), series.zone(), values);
    }

    /** What the store should return for a written series: its points without leading/trailing NaN, in the store zone. */
    public static DenseSeries stored(DenseSeries written, ZoneId storeZone) {
        return written.trimNaN().withZone(storeZone);
    }

    /** Same start, step, zone and values (NaN-aware, bit for bit). */
    public static void assertSeries(DenseSeries expected, DenseSeries actual) {
        assertEquals(expected.start(), actual.start(), "start");
        assertEquals(expected.step(), actual.step(), "step");
        assertEquals(expected.zone(), actual.zone(), "zone");
        assertEquals(expected.size(), actual.size(), "size");
        assertArrayEquals(expected.values(), actual.values(), "values");
        assertEquals(expected, actual);
    }

    /** The number of values of the series that are not missing (NaN). */
    public static int countPresent(DenseSeries series) {
        return Math.toIntExact(Arrays.stream(series.values()).filter(v -> !Double.isNaN(v)).count());
    }

    public static void assertEmpty(DenseSeries actual) {
        assertTrue(actual.isEmpty(), () -> "expected an empty series, got " + actual);
    }

    /** Asserts that {@code message} contains every fragment. */
    public static void assertMentions(String message, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(message != null && message.contains(fragment),
                    () -> "message should mention '" + fragment + "': " + message);
        }
    }
}
