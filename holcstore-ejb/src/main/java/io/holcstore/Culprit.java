package io.holcstore;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A value an error blames, by name and type: the key of a {@link Culprits} map, so that a caller reads
 * {@code e.culprits().get(Culprit.TIMESTAMP)} as an {@code Instant} without parsing the message. The name is the
 * member the HTTP API gives it in an error body. Compared by identity: use the constants (the series key's is
 * {@code SeriesKey.CULPRIT}, declared beside its type).
 *
 * @param <T> the type of the blamed value
 */
public final class Culprit<T> {
    /** The first offending instant of a written series, or an instant out of range. */
    public static final Culprit<Instant> TIMESTAMP = new Culprit<>("timestamp", Instant.class);
    /** A local date-time the store zone skips or passes twice, as the caller wrote it. */
    public static final Culprit<LocalDateTime> LOCAL_TIME = new Culprit<>("localTime", LocalDateTime.class);
    /** The name of an offending argument. */
    public static final Culprit<String> ARGUMENT = new Culprit<>("argument", String.class);
    /** The name of an offending key field. */
    public static final Culprit<String> FIELD = new Culprit<>("field", String.class);
    /** A stored {@code dtype} this version does not know. */
    public static final Culprit<String> DTYPE = new Culprit<>("dtype", String.class);
    /** A cap that was exceeded, in its unit (bytes for a body). */
    public static final Culprit<Long> LIMIT = new Culprit<>("limit", Long.class);
    /** The configuration key that sets the exceeded cap. */
    public static final Culprit<String> CONFIG_KEY = new Culprit<>("configKey", String.class);
    /** The URL of a request another server (the source of a pull) failed. */
    public static final Culprit<String> URL = new Culprit<>("url", String.class);
    /** The HTTP status another server (the source of a pull) answered a failed request with. */
    public static final Culprit<Integer> STATUS = new Culprit<>("status", Integer.class);

    private final String name;
    private final Class<T> type;

    /**
     * A culprit of a type this package does not know; declare it once, as a constant beside its type.
     *
     * @param name the camelCase member name for error bodies
     */
    public Culprit(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The member name in error bodies, e.g. {@code timestamp}. */
    public String name() {
        return name;
    }

    /** The type of the blamed value. */
    public Class<T> type() {
        return type;
    }

    @Override
    public String toString() {
        return name;
    }
}
