package io.holcstore.rest.error;

import io.holcstore.store.SeriesKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A series key as a JSON object, the same in error bodies ({@code "key"}) and in rendered series
 * ({@code "attrs"}): integers and booleans as JSON numbers and booleans, so that {@code version} reads back as
 * {@code 1} and not {@code "1"}; text, dates and enum constants (by name) as strings.
 */
public final class KeyJson {

    private KeyJson() {
    }

    /** The key's fields in name order; null for a null key. */
    public static JsonObject of(SeriesKey key) {
        if (key == null) {
            return null;
        }
        JsonObjectBuilder fields = Json.createObjectBuilder();
        key.fields().forEach((name, value) -> fields.add(name, value(value)));
        return fields.build();
    }

    private static JsonValue value(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Json.createValue(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return Json.createValue(big);
        }
        if (value instanceof BigDecimal decimal) {
            return Json.createValue(decimal);
        }
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return Json.createValue(number.doubleValue());
        }
        if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        return Json.createValue(value instanceof Enum<?> constant ? constant.name() : String.valueOf(value));
    }
}
