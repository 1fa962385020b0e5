package io.holcstore.store;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A condition on one key field beyond equality, as the Python reference's clients send them in an updates filter
 * ({@code version__gte=4}, {@code kind__in=a,b}): a range bound, or membership in a list of values. Lookups narrow a
 * {@code listUpdates} filter; all of them must hold. Values are given as the caller has them (text from a query
 * string); the store converts them to the field's type, and refuses a value it cannot convert naming the field.
 *
 * @param field      the key field, by its name
 * @param comparison how the field is compared with the values
 * @param values     one value, or for {@link Comparison#IN} one or more, at most {@value #MAX_VALUES}
 */
public record KeyLookup(String field, Comparison comparison, List<Object> values) {
    /** The most values an {@code IN} lookup takes: bounds the statement a request can make the store prepare. */
    public static final int MAX_VALUES = 1000;

    /** How a key field is compared: the reference's (Django's) lookup names, as in {@code <field>__<name>}. */
    public enum Comparison {
        /** The field equals one of the values. */
        IN,
        /** The field is greater than the value. */
        GT,
        /** The field is greater than or equal to the value. */
        GTE,
        /** The field is less than the value. */
        LT,
        /** The field is less than or equal to the value. */
        LTE;

        /** The lookup's name after {@code __}, as the reference writes it: {@code in}, {@code gte}... */
        public String lookupName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The comparison of lookup name {@code name} ({@code gte}), if there is one. */
        public static Optional<Comparison> ofLookupName(String name) {
            for (Comparison comparison : values()) {
                if (comparison.lookupName().equals(name)) {
                    return Optional.of(comparison);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * @throws InvalidArgumentException naming the lookup if a part is missing, a value is null, or the number of
     *                                  values does not fit the comparison
     */
    public KeyLookup {
        InvalidArgumentException.requireNonNull(field, "lookup field");
        InvalidArgumentException.requireNonNull(comparison, "lookup comparison of " + field);
        String name = field + "__" + comparison.lookupName();
        InvalidArgumentException.requireNonNull(values, name);
        if (values.isEmpty() || comparison != Comparison.IN && values.size() != 1) {
            throw new InvalidArgumentException(name, comparison == Comparison.IN ? "needs at least one value"
                    : "takes one value, got " + values.size());
        }
        if (values.size() > MAX_VALUES) {
            throw new InvalidArgumentException(name, "takes at most " + MAX_VALUES + " values, got " + values.size());
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidArgumentException(name, "has a null value");
        }
        values = List.copyOf(values);
    }

    /** The lookup as the reference names it: {@code version__gte}. */
    public String name() {
        return field + "__" + comparison.lookupName();
    }
}
