package io.holcstore.store;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A place in a store's listing of updates, which is ordered by ({@code updated_at}, row id): a listing resumed
 * {@code after} it starts with the next row in that order. Positions are keys, not counts, so a row rewritten or
 * added between two pages cannot shift the next page and make a reader skip another row.
 *
 * @param updatedAt the {@code updated_at} of the last row read
 * @param rowId     its row id, the tie-breaker between rows of the same {@code updated_at}
 */
public record UpdatePosition(Instant updatedAt, long rowId) {
    private static final char SEPARATOR = '/';

    public UpdatePosition {
        InvalidArgumentException.requireNonNull(updatedAt, "updatedAt");
    }

    /** The position as text, e.g. {@code 2026-11-23T23:08:53.757606Z/1234}: what a page token or link carries. */
    public String token() {
        return updatedAt.toString() + SEPARATOR + rowId;
    }

    /**
     * Reads a {@link #token()}.
     *
     * @param argument what the token is called where it came from, for the error
     * @throws InvalidArgumentException naming {@code argument} if the text is not a token
     */
    public static UpdatePosition parse(String token, String argument) {
        InvalidArgumentException.requireNonNull(token, argument);
        int separator = token.lastIndexOf(SEPARATOR);
        try {
            if (separator > 0) {
                return new UpdatePosition(Instant.parse(token.substring(0, separator)), Long.parseLong(token.substring(separator + 1)));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // reported below, with the expected form
        }
        throw new InvalidArgumentException(argument, "is not a listing position (<ISO-8601 instant>/<row id>, "
                + "as the previous page's next link gives it), got '" + token + "'");
    }
}
