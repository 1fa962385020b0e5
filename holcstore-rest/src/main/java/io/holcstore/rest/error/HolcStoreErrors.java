package io.holcstore.rest.error;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;
import io.holcstore.rest.json.KeyJson;
import io.holcstore.store.SeriesKey;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer to every {@link HolcStoreException}, from what it says it is: its kind's code is the {@code "error"}
 * member, its kind's category the status (400 for bad input, the request can be fixed; 404 for what is not stored;
 * 409 for what the store's state or settings refuse; 413 for a body over the cap; 500 only for stored data, the
 * database or the server's setup; 502 and 504 for the source of a pull), and each culprit it names a member of the
 * body, so that a client need not parse messages.
 */
public final class HolcStoreErrors {
    private static final JsonProvider JSON = JsonProvider.provider();

    private HolcStoreErrors() {
    }

    /** The answer to {@code e}. */
    public static HttpError of(HolcStoreException e) {
        ErrorKind kind = e.kind();
        Map<String, JsonValue> culprits = new LinkedHashMap<>();
        e.culprits().forEach((culprit, value) -> culprits.put(culprit.name(), json(value)));
        return new HttpError(status(kind.category()), kind.code(), e.getMessage() == null ? "" : e.getMessage(), culprits);
    }

    /** The HTTP status of a category of fault. */
    static int status(ErrorKind.Category category) {
        return switch (category) {
            case BAD_INPUT -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case STORED_DATA, SERVER_FAILURE, SERVER_SETUP -> 500;
            case UPSTREAM -> 502;
            case UPSTREAM_TIMEOUT -> 504;
        };
    }

    /** A series key as the key object of rendered series, a number as a number, anything else as its text. */
    private static JsonValue json(Object value) {
        if (value instanceof SeriesKey key) {
            return KeyJson.of(key);
        }
        if (value instanceof Number number) {
            return JSON.createValue(number);
        }
        return JSON.createValue(value.toString());
    }
}
