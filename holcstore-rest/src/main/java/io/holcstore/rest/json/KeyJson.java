package io.holcstore.rest.json;

import io.holcstore.store.SeriesKey;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A series key as a JSON object, the same in error bodies ({@code "key"}) and in rendered series
 * ({@code "attrs"}): integers and booleans as JSON numbers and booleans, so that {@code version} reads back as
 * {@code 1} and not {@code "1"}; text, dates and enum constants (by name) as strings.
 */
public final class KeyJson {

    /**
     * Looked up once: each static {@code Json.create*} call looks the provider up again (a service-loader scan, and
     * in Payara an OSGi lookup), which measured as two thirds of a sync server's CPU when done per value.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private KeyJson() {
    }

    /** Writes the key's fields, in name order, as members of the object {@code json} is writing. */
    public static void writeFields(JsonGenerator json, SeriesKey key) {
        key.fields().forEach((name, value) -> json.write(name, value(value)));
    }

    /** The key's fields in name order; null for a null key. */
    public static JsonObject of(SeriesKey key) {
        if (key == null) {
            return null;
        }
        JsonObjectBuilder fields = JSON.createObjectBuilder();
        key.fields().forEach((name, value) -> fields.add(name, value(value)));
        return fields.build();
    }

    private static JsonValue value(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return JSON.createValue(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return JSON.createValue(big);
        }
        if (value instanceof BigDecimal decimal) {
            return JSON.createValue(decimal);
        }
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return JSON.createValue(number.doubleValue());
        }
        if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        return JSON.createValue(value instanceof Enum<?> constant ? constant.name() : String.valueOf(value));
    }
}
