package io.holcstore.rest.sync.wire;

import io.holcstore.store.SeriesKey;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a sync body being read, with its position: typed access to its members, and errors that name the
 * entry and its chunk index. The chunk index is looked up first, wherever the shape keeps it, so that every
 * error about the entry names it, whatever the order of the members.
 */
final class WireEntry {
    private final JsonObject json;
    private final int position;
    private final Integer chunkIndexForErrors;

    WireEntry(JsonObject json, int position) {
        this.json = json;
        this.position = position;
        this.chunkIndexForErrors = findChunkIndex(json);
    }

    /** The member {@code name}, which must be a JSON object. */
    JsonObject object(String name) {
        return object(json, name, name);
    }

    /** The member {@code name} of {@code holder}, which must be a JSON object; {@code where} names it in errors. */
    JsonObject object(JsonObject holder, String name, String where) {
        JsonValue value = required(holder, name, where);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw malformed(where + " must be an object, got " + value);
        }
        return value.asJsonObject();
    }

    /** The string member {@code name} of {@code holder}. */
    String string(JsonObject holder, String name, String where) {
        JsonValue value = required(holder, name, where);
        if (!(value instanceof JsonString text)) {
            throw malformed(where + " must be a string, got " + value);
        }
        return text.getString();
    }

    /** The boolean member {@code name} of {@code holder}. */
    boolean flag(JsonObject holder, String name, String where) {
        JsonValue value = required(holder, name, where);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw malformed(where + " must be true or false, got " + value);
    }

    /** The datetime member {@code name} of {@code holder}, read by {@link WireDatetimes#parse}. */
    Instant instant(JsonObject holder, String name, String where) {
        String text = string(holder, name, where);
        try {
            return WireDatetimes.parse(text);
        } catch (DateTimeParseException e) {
            throw new SyncWireException(WireProblem.MALFORMED_ENTRY, position, chunkIndexForErrors,
                    where + " '" + text + "' is not an ISO-8601 datetime of the years 1 to 9999", e);
        }
    }

    /**
     * The chunk index member {@code name} of {@code holder}: an integer, or its decimal text, which the reference's
     * server also takes ({@code "chunk_index": "2025"}).
     */
    int chunkIndex(JsonObject holder, String name, String where) {
        Integer index = chunkIndexOf(required(holder, name, where));
        if (index == null) {
            throw malformed(where + " must be an integer, got " + holder.get(name));
        }
        return index;
    }

    /**
     * The series key {@code attrs} gives, every member but {@code skipped} (null: none): strings as strings,
     * numbers as the narrowest of Integer, Long, BigInteger, or BigDecimal for a fraction, booleans as booleans.
     * The store converts each to its field's type.
     */
    SeriesKey key(JsonObject attrs, String skipped) {
        Map<String, Object> fields = new LinkedHashMap<>();
        attrs.forEach((name, value) -> {
            if (!name.equals(skipped)) {
                fields.put(name, keyValue(name, value));
            }
        });
        return SeriesKey.of(fields);
    }

    private Object keyValue(String name, JsonValue value) {
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.isIntegral() ? narrowest(number.bigIntegerValue()) : number.bigDecimalValue();
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw malformed(WireNames.ATTRS + "." + name + " must be a string, a number or a boolean, got " + value);
    }

    private static Object narrowest(BigInteger integer) {
        if (integer.bitLength() < Integer.SIZE) {
            return integer.intValue();
        }
        return integer.bitLength() < Long.SIZE ? (Object) integer.longValue() : integer;
    }

    /** An error about this entry, of kind {@code problem}. */
    SyncWireException fail(WireProblem problem, String detail, Throwable cause) {
        return new SyncWireException(problem, position, chunkIndexForErrors, detail, cause);
    }

    private SyncWireException malformed(String detail) {
        return fail(WireProblem.MALFORMED_ENTRY, detail, null);
    }

    private JsonValue required(JsonObject holder, String name, String where) {
        JsonValue value = holder.get(name);
        if (value == null) {
            throw malformed("lacks " + where);
        }
        return value;
    }

    /** The chunk index at the top of the entry (updates, pack requests) or in its attrs (packs), if readable. */
    private static Integer findChunkIndex(JsonObject json) {
        JsonValue top = json.get(WireNames.CHUNK_INDEX);
        if (top != null) {
            return chunkIndexOf(top);
        }
        JsonValue attrs = json.get(WireNames.ATTRS);
        if (attrs != null && attrs.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonValue inAttrs = attrs.asJsonObject().get(WireNames.CHUNK_INDEX);
            return inAttrs == null ? null : chunkIndexOf(inAttrs);
        }
        return null;
    }

    private static Integer chunkIndexOf(JsonValue value) {
        try {
            if (value instanceof JsonNumber number && number.isIntegral()) {
                return number.intValueExact();
            }
            if (value instanceof JsonString text) {
                return Integer.valueOf(text.getString());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
        return null;
    }
}
