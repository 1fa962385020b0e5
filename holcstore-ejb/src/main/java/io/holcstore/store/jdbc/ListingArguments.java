package io.holcstore.store.jdbc;

import io.holcstore.grid.StoreGrid;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.UpdatePosition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The checks of a listing of updates' arguments, before any SQL: every value the database could not take (an
 * instant beyond its timestamps, which failed as an SQL error) is an {@link InvalidArgumentException} naming it.
 */
final class ListingArguments {
    /** The instants a listing takes: the years a store holds, in UTC, as every database and client can hold them. */
    private static final Instant FIRST = LocalDate.of(StoreGrid.FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END = LocalDate.of(StoreGrid.LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private ListingArguments() {
    }

    /** {@code since}, required and within the years a store holds. */
    static Instant since(Instant since) {
        return within(InvalidArgumentException.requireNonNull(since, "since"), "since");
    }

    /** {@code after}, optional, its instant within the years a store holds. */
    static UpdatePosition after(UpdatePosition after) {
        if (after != null) {
            within(after.updatedAt(), "after");
        }
        return after;
    }

    /** {@code limit}, at least 1; any int above works, up to {@link Integer#MAX_VALUE}. */
    static int limit(int limit) {
        if (limit <= 0) {
            throw new InvalidArgumentException("limit", "must be at least 1, got " + limit);
        }
        return limit;
    }

    private static Instant within(Instant instant, String argument) {
        if (instant.isBefore(FIRST) || !instant.isBefore(END)) {
            throw new InvalidArgumentException(argument, "must lie within the years " + StoreGrid.FIRST_YEAR + " to "
                    + StoreGrid.LAST_YEAR + " (from " + FIRST + " to before " + END + "), got " + instant);
        }
        return instant;
    }
}
