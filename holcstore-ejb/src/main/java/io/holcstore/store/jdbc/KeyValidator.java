package io.holcstore.store.jdbc;

import io.holcstore.mapping.KeyField;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.KeyLookup;
import io.holcstore.store.SeriesKey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the keys and filters callers give against a store's key fields, and converts their values to
 * the fields' types. Field names are only ever looked up here, never passed on into SQL.
 */
final class KeyValidator {
    private final String store;
    private final List<KeyField> fields;
    private final Map<String, KeyField> byName = new LinkedHashMap<>();

    KeyValidator(String store, List<KeyField> fields) {
        this.store = store;
        this.fields = fields;
        fields.forEach(f -> byName.put(f.name(), f));
    }

    /** The key of one series, every field given, values converted; {@code argument} names it in errors. */
    SeriesKey seriesKey(SeriesKey key, String argument) {
        SeriesKey converted = convert(InvalidArgumentException.requireNonNull(key, argument));
        if (converted.size() != fields.size()) {
            List<String> missing = fields.stream().map(KeyField::name).filter(n -> !converted.has(n)).toList();
            throw new InvalidKeyException("store " + store + " needs every key field; " + key + " lacks " + missing);
        }
        return converted;
    }

    /** A filter over series (any subset of the fields, none for every series), values converted. */
    SeriesKey filter(SeriesKey filter) {
        return convert(InvalidArgumentException.requireNonNull(filter, "filter"));
    }

    /**
     * Lookups on key fields, each value converted to its field's type.
     *
     * @throws InvalidKeyException naming the field if the store has no such field or a value does not convert
     */
    List<KeyLookup> lookups(List<KeyLookup> lookups) {
        return InvalidArgumentException.requireNonNull(lookups, "lookups").stream().map(lookup -> {
            InvalidArgumentException.requireNonNull(lookup, "lookup");
            List<Object> values = lookup.values().stream().map(value -> convert(SeriesKey.of(lookup.field(), value))
                    .get(lookup.field())).toList();
            return new KeyLookup(lookup.field(), lookup.comparison(), values);
        }).toList();
    }

    /** Whether a converted filter names exactly one series. */
    boolean namesOneSeries(SeriesKey filter) {
        return filter.size() == fields.size();
    }

    private SeriesKey convert(SeriesKey key) {
        Map<String, Object> converted = new LinkedHashMap<>();
        key.fields().forEach((name, value) -> {
            KeyField field = byName.get(name);
            if (field == null) {
                throw new InvalidKeyException(name, "store " + store + " has no key field '" + name + "'; its key fields are "
                        + byName.keySet());
            }
            converted.put(name, field.toAttributeValue(value).orElseThrow(() -> new InvalidKeyException(name, "key field '" + name
                    + "' takes a " + field.type().getSimpleName() + (field.type().isEnum() ? " constant" : "") + ", got "
                    + (value instanceof String text ? "'" + text + "'" : value + " (" + value.getClass().getSimpleName() + ")"))));
        });
        return SeriesKey.of(converted);
    }
}
