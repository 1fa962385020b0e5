package io.holcstore.mapping;

import io.holcstore.grid.ChunkAxis;
import io.holcstore.grid.StoreGrid;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The validated settings of one chunk store, read from its entity's {@link ChunkStoreSettings}.
 * Every invalid value is an {@link InvalidStoreDefinitionException} naming the entity and the setting.
 */
public record StoreSettings(ChunkAxis axis, Duration step, ZoneId zone, boolean sync) {
    /** Offset changes before this (local mean times, wartime oddities) do not constrain the step. */
    private static final Instant SINCE = Instant.parse("1970-01-01T00:00:00Z");
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
     * Every chunk start must lie on one grid with every other, across DST changes too: so the step must
     * divide a day and every change of the zone's offset since 1970 (1 hour in most zones, 30 minutes
     * on Lord Howe Island), including the changes its rules will make.
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
        if (SECONDS_PER_DAY % seconds != 0) {
            throw new InvalidStoreDefinitionException(entity, "step", text + " does not divide one day");
        }
        offsetChanges(zone).filter(change -> change % seconds != 0).findFirst().ifPresent(change -> {
            throw new InvalidStoreDefinitionException(entity, "step", text + " does not divide the " + change
                    + "-second offset changes of zone " + zone + ", so its chunks would not all start on one grid");
        });
        return step;
    }

    /** The sizes, in seconds, of the zone's offset changes since 1970 and of those its rules will make. */
    private static LongStream offsetChanges(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        Stream<ZoneOffsetTransition> past = rules.getTransitions().stream()
                .filter(t -> !t.getInstant().isBefore(SINCE));
        Stream<ZoneOffsetTransition> future = rules.getTransitionRules().stream().map(r -> r.createTransition(2000));
        return Stream.concat(past, future).mapToLong(t -> Math.abs(t.getDuration().getSeconds())).distinct();
    }
}
