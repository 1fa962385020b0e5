package io.holcstore.series;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The one rule by which HoLcStore reads a local date-time in a zone: the instant it names there, if it
 * names exactly one. A local time the zone skips (spring gap) or passes twice (autumn overlap) is an
 * {@link InvalidLocalTimeException} naming it, as the reference's {@code tz_localize} raises: moving it
 * silently would store a value at an instant nobody gave.
 */
public final class LocalTimes {
    private LocalTimes() {
    }

    /**
     * The instant {@code localTime} names in {@code zone}.
     *
     * @throws InvalidLocalTimeException if the zone skips or repeats that local time
     */
    public static Instant instantOf(LocalDateTime localTime, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(localTime);
        if (offsets.isEmpty()) {
            throw InvalidLocalTimeException.skipped(localTime, zone);
        }
        if (offsets.size() > 1) {
            throw InvalidLocalTimeException.repeated(localTime, zone);
        }
        return localTime.toInstant(offsets.get(0));
    }
}
