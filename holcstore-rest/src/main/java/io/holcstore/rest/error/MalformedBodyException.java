package io.holcstore.rest.error;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;
import jakarta.json.stream.JsonParser.Event;

/**
 * A request body that is not the series it should be: bad JSON or CSV syntax, a member or value of the wrong
 * type, {@code NaN}/{@code Infinity}, index and values of different lengths. The message says where. Nothing
 * was written.
 */
public class MalformedBodyException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    public MalformedBodyException(String message) {
        super(ErrorKind.MALFORMED_BODY, message + "; nothing was written");
    }

    public MalformedBodyException(String message, Throwable cause) {
        super(ErrorKind.MALFORMED_BODY, message + "; nothing was written", cause);
    }

    /** What a JSON value is, for messages: "an object", "a string", "null"... */
    public static String describe(Event event) {
        return switch (event) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> event.toString();
        };
    }
}
