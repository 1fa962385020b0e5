package io.holcstore.store;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.grid.StoreGrid;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The validated settings of one chunk store, read from its entity's {@link ChunkStoreSettings}.
 * Every invalid value is an {@link InvalidStoreDefinitionException} naming the entity and the setting.
 */
public record StoreSettings(ChunkAxis axis, Duration step, ZoneId zone, boolean sync) {
    private static final long SECONDS_PER_HOUR = 3_600;
    private static final long SECONDS_PER_DAY = 86_400;

    /** Reads and validates the settings declared on {@code entity} or its nearest annotated superclass. */
    public static StoreSettings of(Class<?> entity) {
        ChunkStoreSettings declared = findAnnotation(entity);
        if (declared == null) {
            throw new InvalidStoreDefinitionException(entity, "settings",
                    "no @" + ChunkStoreSettings.class.getSimpleName() + " annotation (axis, step, zone, sync)");
        }
        ZoneId zone = parseZone(entity, declared.zone());
        Duration step = parseStep(entity, declared.step(), zone);
        return new StoreSettings(declared.axis(), step, zone, declared.sync());
    }

    /** The grid these settings define. */
    public StoreGrid grid() {
        return new StoreGrid(step, zone, axis);
    }

    private static ChunkStoreSettings findAnnotation(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            ChunkStoreSettings settings = c.getAnnotation(ChunkStoreSettings.class);
            if (settings != null) {
                return settings;
            }
        }
        return null;
    }

    private static ZoneId parseZone(Class<?> entity, String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidStoreDefinitionException(entity, "zone", "'" + zone + "' is not a time zone id (" + e.getMessage() + ")");
        }
    }

    /**
     * Every chunk start must lie on one grid with every other, across DST changes too: so the step
     * must divide an hour, or a day when the zone never changes its offset.
     */
    private static Duration parseStep(Class<?> entity, String text, ZoneId zone) {
        Duration step;
        try {
            step = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidStoreDefinitionException(entity, "step", "'" + text + "' is not an ISO-8601 duration such as PT15M or PT1H");
        }
        if (step.isNegative() || step.isZero() || step.getNano() != 0) {
            throw new InvalidStoreDefinitionException(entity, "step", text + " is not a positive whole number of seconds");
        }
        long seconds = step.getSeconds();
        boolean fixedOffset = zone.getRules().isFixedOffset();
        boolean dividesHour = SECONDS_PER_HOUR % seconds == 0;
        boolean dividesDay = SECONDS_PER_DAY % seconds == 0;
        if (!dividesHour && !(fixedOffset && dividesDay)) {
            throw new InvalidStoreDefinitionException(entity, "step", text + " must divide one hour"
                    + (fixedOffset ? " or one day" : " (zone " + zone + " changes its offset, so chunks may start 23 or 25 hours apart)"));
        }
        return step;
    }
}
