package io.holcstore.series;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;

/**
 * Values at local date-times without a zone. A store reads them in its own zone, by the rule of
 * {@link LocalTimes}: a local time that zone skips or repeats is an {@link InvalidLocalTimeException}.
 */
public final class LocalSeries implements Series {
    private final LocalDateTime[] dateTimes;
    private final double[] values;

    private LocalSeries(LocalDateTime[] dateTimes, double[] values) {
        if (dateTimes.length != values.length) {
            throw new IllegalArgumentException(
                    "a local series needs one value per date-time: " + dateTimes.length + " date-times, " + values.length + " values");
        }
        for (LocalDateTime dateTime : dateTimes) {
            Objects.requireNonNull(dateTime, "date-time");
        }
        this.dateTimes = dateTimes;
        this.values = values;
    }

    public static LocalSeries of(LocalDateTime[] dateTimes, double[] values) {
        return new LocalSeries(dateTimes.clone(), values.clone());
    }

    @Override
    public int size() {
        return values.length;
    }

    /**
     * The same points as instants, read in the given zone.
     *
     * @throws InvalidLocalTimeException naming the first local time that is not exactly one instant there
     */
    public IrregularSeries inZone(ZoneId zone) {
        Instant[] instants = new Instant[dateTimes.length];
        for (int i = 0; i < dateTimes.length; i++) {
            instants[i] = LocalTimes.instantOf(dateTimes[i], zone);
        }
        return IrregularSeries.of(instants, values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalSeries other
                && Arrays.equals(dateTimes, other.dateTimes) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(dateTimes) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "LocalSeries[size=" + size() + "]";
    }
}
