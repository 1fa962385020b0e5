package io.holcstore.store.jdbc;

import io.holcstore.mapping.KeyField;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.SeriesKey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the attribute values callers give a load-curve store (to write, or to filter on) against its attribute
 * fields, and converts them to the fields' types (text from a URL included). Field names are only ever looked up
 * here, never passed on into SQL. Thread-safe.
 */
final class LoadCurveAttributes {
    private final String store;
    private final Map<String, KeyField> byName = new LinkedHashMap<>();

    LoadCurveAttributes(String store, List<KeyField> fields) {
        this.store = store;
        fields.forEach(f -> byName.put(f.name(), f));
    }

    /**
     * The values of a write: every attribute field given, converted.
     *
     * @throws InvalidKeyException naming a field the store lacks, a value of the wrong type, or the fields missing
     */
    SeriesKey ofWrite(SeriesKey given) {
        SeriesKey converted = convert(InvalidArgumentException.requireNonNull(given, "attributes"));
        List<String> missing = byName.keySet().stream().filter(name -> !converted.has(name)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidKeyException(missing.get(0), "store " + store + " needs a value of every attribute field to write a "
                    + "curve; " + given + " lacks " + missing);
        }
        return converted;
    }

    /**
     * The values of a filter (any subset of the attribute fields, none for every curve), converted.
     *
     * @throws InvalidKeyException naming a field the store lacks or a value of the wrong type
     */
    SeriesKey ofFilter(SeriesKey given) {
        return convert(InvalidArgumentException.requireNonNull(given, "filters"));
    }

    private SeriesKey convert(SeriesKey given) {
        Map<String, Object> converted = new LinkedHashMap<>();
        given.fields().forEach((name, value) -> {
            KeyField field = byName.get(name);
            if (field == null) {
                throw new InvalidKeyException(name, "store " + store + " has no attribute field '" + name + "'; its attribute fields are "
                        + byName.keySet());
            }
            converted.put(name, field.toAttributeValue(value).orElseThrow(() -> new InvalidKeyException(name, "attribute field '"
                    + name + "' takes a " + field.type().getSimpleName() + (field.type().isEnum() ? " constant" : "") + ", got "
                    + (value instanceof String text ? "'" + text + "'" : value + " (" + value.getClass().getSimpleName() + ")"))));
        });
        return SeriesKey.of(converted);
    }
}
