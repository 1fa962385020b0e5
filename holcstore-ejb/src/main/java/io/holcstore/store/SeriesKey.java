package io.holcstore.store;

import io.holcstore.Culprit;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Values of a store's key fields, by field name: the identity of one series when every key field is
 * given, a filter over series when only some are. Immutable; fields are kept sorted by name, which is
 * also the column order of the store's unique constraint.
 */
public final class SeriesKey {
    /** The culprit an error names when it is about one series or filter: {@code key} in error bodies. */
    public static final Culprit<SeriesKey> CULPRIT = new Culprit<>("key", SeriesKey.class);

    private static final SeriesKey EMPTY = new SeriesKey(new TreeMap<>());

    private final SortedMap<String, Object> values;

    private SeriesKey(SortedMap<String, Object> values) {
        this.values = Collections.unmodifiableSortedMap(values);
    }

    /** The empty key: no field given, so as a filter it matches every series. */
    public static SeriesKey all() {
        return EMPTY;
    }

    /** A key from alternating field names and values: {@code SeriesKey.of("version", 1, "kind", "a")}. */
    public static SeriesKey of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new InvalidKeyException("SeriesKey.of takes field names and values in pairs, got "
                    + namesAndValues.length + " arguments");
        }
        SortedMap<String, Object> map = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new InvalidKeyException("argument " + i + " of SeriesKey.of must be a field name, got " + namesAndValues[i]);
            }
            put(map, name, namesAndValues[i + 1]);
        }
        return new SeriesKey(map);
    }

    /** A key from a map of field names to values. */
    public static SeriesKey of(Map<String, ?> fields) {
        if (fields == null) {
            throw new InvalidKeyException("the map of key fields is null");
        }
        SortedMap<String, Object> map = new TreeMap<>();
        fields.forEach((name, value) -> put(map, name, value));
        return new SeriesKey(map);
    }

    private static void put(SortedMap<String, Object> map, String name, Object value) {
        if (name == null) {
            throw new InvalidKeyException("a key field name is null");
        }
        if (value == null) {
            throw new InvalidKeyException(name, "key field '" + name + "' has no value (null)");
        }
        if (map.put(name, value) != null) {
            throw new InvalidKeyException(name, "key field '" + name + "' is given twice");
        }
    }

    /** Field names to values, sorted by name; unmodifiable. */
    public SortedMap<String, Object> fields() {
        return values;
    }

    public Object get(String field) {
        return values.get(field);
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public int size() {
        return values.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeriesKey other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
