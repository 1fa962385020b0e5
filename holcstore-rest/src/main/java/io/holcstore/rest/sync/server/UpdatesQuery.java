package io.holcstore.rest.sync.server;

import io.holcstore.rest.sync.wire.WireDatetimes;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.KeyLookup;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.UpdatePosition;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The query parameters of an updates request: {@code since} and {@code limit} (required), {@code offset}
 * (0 by default) or {@code after} (the listing position a {@code next} link carries), and the key fields to filter
 * on, by the store's field names: equal to a value ({@code version=3}), or by the lookups the reference's clients
 * send ({@code version__gte=4}, {@code version__in=1,2}: {@code __in}, {@code __gt}, {@code __gte}, {@code __lt},
 * {@code __lte}; see {@link KeyLookup}). Every parameter is accounted for,
 * as in the series API: a parameter given twice, a bad value or a name that is neither of these is an
 * {@link InvalidArgumentException} naming it (a 400), where the reference answers 500 or silently misreads. Key
 * values stay text; the store converts and checks them. A store's key field named like one of {@link #RESERVED}
 * cannot be filtered on.
 *
 * @param since  the instant the listing starts at (inclusive)
 * @param limit  the page size: the one asked, or the cap if it asked more
 * @param offset the results skipped (0 when {@code after} is given)
 * @param after  where the page resumes, if the request gives it
 * @param filter  the key fields given equal to a value
 * @param lookups the lookups on key fields given, values as text (the store converts and checks them)
 * @param params every parameter as received (decoded), for the page links
 */
public record UpdatesQuery(Instant since, int limit, long offset, Optional<UpdatePosition> after, SeriesKey filter,
                           List<KeyLookup> lookups, Map<String, String> params) {
    public static final String SINCE = "since";
    public static final String LIMIT = "limit";
    public static final String OFFSET = "offset";
    public static final String AFTER = "after";
    public static final Set<String> RESERVED = Set.of(SINCE, LIMIT, OFFSET, AFTER);
    private static final String LOOKUP_SEPARATOR = "__";
    private static final String LOOKUPS = Arrays.stream(KeyLookup.Comparison.values())
            .map(comparison -> LOOKUP_SEPARATOR + comparison.lookupName()).collect(Collectors.joining(", ", "[", "]"));

    /**
     * Reads {@code parameters} (as decoded by JAX-RS).
     *
     * @param keyFields   the store's key field names
     * @param maxPageSize the largest page served ({@value SyncLimits#MAX_PAGE_SIZE_KEY}); a larger {@code limit} is
     *                    served this many
     */
    public static UpdatesQuery parse(Map<String, List<String>> parameters, List<String> keyFields, int maxPageSize) {
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        List<KeyLookup> lookups = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        parameters.forEach((name, values) -> {
            if (values.size() != 1) {
                throw new InvalidArgumentException(name, "is given " + values.size() + " times; give it once");
            }
            params.put(name, values.get(0));
            if (keyFields.contains(name) && !RESERVED.contains(name)) {
                keys.put(name, values.get(0));
            } else if (!RESERVED.contains(name)) {
                lookup(name, values.get(0), keyFields).ifPresentOrElse(lookups::add, () -> unknown.add(name));
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidArgumentException(String.join(", ", unknown), "is neither a key field of this store "
                    + keyFields + ", nor one with a lookup " + LOOKUPS + ", nor a parameter of an updates request "
                    + new TreeSet<>(RESERVED));
        }
        if (params.containsKey(OFFSET) && params.containsKey(AFTER)) {
            throw new InvalidArgumentException(OFFSET + ", " + AFTER, "are two ways to say where a page starts; give one");
        }
        Optional<UpdatePosition> after = Optional.ofNullable(params.get(AFTER)).map(text -> UpdatePosition.parse(text.strip(), AFTER));
        return new UpdatesQuery(since(params.get(SINCE)), limit(params.get(LIMIT), maxPageSize),
                offset(params.get(OFFSET)), after, SeriesKey.of(keys), List.copyOf(lookups), params);
    }

    /**
     * The lookup a parameter {@code <key field>__<lookup>} gives; empty if its name is not one. An {@code __in} list
     * is split at its commas, as the reference splits it.
     */
    private static Optional<KeyLookup> lookup(String name, String value, List<String> keyFields) {
        int separator = name.lastIndexOf(LOOKUP_SEPARATOR);
        if (separator <= 0) {
            return Optional.empty();
        }
        String field = name.substring(0, separator);
        if (!keyFields.contains(field) || RESERVED.contains(field)) {
            return Optional.empty();
        }
        return KeyLookup.Comparison.ofLookupName(name.substring(separator + LOOKUP_SEPARATOR.length()))
                .map(comparison -> new KeyLookup(field, comparison, comparison == KeyLookup.Comparison.IN
                        ? List.<Object>of(value.split(",", -1)) : List.<Object>of(value)));
    }

    private static Instant since(String text) {
        if (text == null) {
            throw new InvalidArgumentException(SINCE, "is required: the ISO-8601 instant to list changes from "
                    + "(e.g. 2000-01-01T00:00:00%2B01:00)");
        }
        try {
            return WireDatetimes.parse(plusOfOffset(text));
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException(SINCE, "is not an ISO-8601 datetime of the years 1 to 9999 (2025-01-01T00:00:00Z, "
                    + "2025-01-01T00:00:00+01:00 with '+' sent as %2B, or 2025-01-01 read as UTC), got '" + text + "'");
        }
    }

    /**
     * An offset's '+' arrives as a space when a client did not encode it; a space is never part of an ISO-8601
     * datetime, so it can only be that (the reference silently drops the offset instead).
     */
    private static String plusOfOffset(String text) {
        return text.strip().replace(' ', '+');
    }

    private static int limit(String text, int maxPageSize) {
        if (text == null) {
            throw new InvalidArgumentException(LIMIT, "is required: the page size, at least 1 (pages"
                    + " hold at most " + maxPageSize + ")");
        }
        long limit = integer(LIMIT, text);
        if (limit < 1) {
            throw new InvalidArgumentException(LIMIT, "must be at least 1, got " + text);
        }
        // served capped, not refused: the reference's clients ask pages of any size and follow next, which keeps the cap
        return (int) Math.min(limit, maxPageSize);
    }

    private static long offset(String text) {
        if (text == null) {
            return 0;
        }
        long offset = integer(OFFSET, text);
        if (offset < 0) {
            throw new InvalidArgumentException(OFFSET, "must be 0 or more, got " + text);
        }
        return offset;
    }

    private static long integer(String name, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException(name, "must be an integer, got '" + text + "'");
        }
    }
}
