package io.holcstore;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The values an error blames, each under its typed {@link Culprit}, in the order given. Immutable; a culprit given
 * a null value is left out (the error does not know it), so that a caller never reads a null culprit.
 */
public final class Culprits {
    private static final Culprits NONE = new Culprits(Map.of());

    private final Map<Culprit<?>, Object> values;

    private Culprits(Map<Culprit<?>, Object> values) {
        this.values = values;
    }

    /** No culprit. */
    public static Culprits none() {
        return NONE;
    }

    /** One culprit; none if {@code value} is null. */
    public static <T> Culprits of(Culprit<T> culprit, T value) {
        return NONE.and(culprit, value);
    }

    /**
     * These culprits and one more, replacing a value given before for {@code culprit}; these unchanged if
     * {@code value} is null.
     */
    public <T> Culprits and(Culprit<T> culprit, T value) {
        Objects.requireNonNull(culprit, "culprit");
        if (value == null) {
            return this;
        }
        Map<Culprit<?>, Object> more = new LinkedHashMap<>(values);
        more.put(culprit, culprit.type().cast(value));
        return new Culprits(Collections.unmodifiableMap(more));
    }

    /** The value blamed as {@code culprit}, if the error names one. */
    public <T> Optional<T> get(Culprit<T> culprit) {
        return Optional.ofNullable(values.get(culprit)).map(culprit.type()::cast);
    }

    /** Hands each culprit and its value over, in the order given. */
    public void forEach(BiConsumer<Culprit<?>, Object> action) {
        values.forEach(action);
    }

    /** Whether no culprit is named. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
