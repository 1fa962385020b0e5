package io.holcstore.rest.api;

import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.InvalidWindowException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one series request: key fields by the store's field names, and the few reserved
 * parameters the request takes ({@code mode}, {@code start}, {@code end}, {@code tz}). Every parameter is
 * accounted for: a name that is neither a key field nor taken by the request, or a parameter given twice, is an
 * {@link InvalidArgumentException} naming it, never ignored. Key values stay text; the store converts and checks
 * them, and field names are only ever compared with the store's, never passed on.
 */
public final class SeriesQuery {
    public static final String MODE = "mode";
    public static final String START = "start";
    public static final String END = "end";
    public static final String TZ = "tz";
    /** Never key fields, whatever the store: a key field of one of these names cannot be given over HTTP. */
    public static final Set<String> RESERVED = Set.of(MODE, START, END, TZ);

    private final List<String> keyFields;
    private final Map<String, String> keyValues = new LinkedHashMap<>();
    private final Map<String, String> reserved = new LinkedHashMap<>();

    private SeriesQuery(List<String> keyFields) {
        this.keyFields = keyFields;
    }

    /**
     * Reads {@code parameters} (as decoded by JAX-RS).
     *
     * @param keyFields the store's key field names
     * @param taken     the reserved parameters this request takes
     */
    public static SeriesQuery parse(Map<String, List<String>> parameters, List<String> keyFields, Set<String> taken) {
        SeriesQuery query = new SeriesQuery(keyFields);
        parameters.forEach((name, values) -> {
            if (values.size() != 1) {
                throw new InvalidArgumentException(name, "is given " + values.size() + " times; give it once");
            }
            if (RESERVED.contains(name)) {
                if (!taken.contains(name)) {
                    throw new InvalidArgumentException(name, "is not taken by this request (it takes " + new TreeSet<>(taken)
                            + " and the key fields " + keyFields + ")");
                }
                query.reserved.put(name, values.get(0));
            } else if (keyFields.contains(name)) {
                query.keyValues.put(name, values.get(0));
            } else {
                throw new InvalidArgumentException(name, "is neither a key field of this store " + keyFields
                        + " nor a parameter of this request " + new TreeSet<>(taken));
            }
        });
        return query;
    }

    /** The key fields given: a filter over series (none given: every series). */
    public SeriesKey filter() {
        return SeriesKey.of(keyValues);
    }

    /** The key of the one series the request names. @throws InvalidKeyException if a key field is not given */
    public SeriesKey seriesKey() {
        List<String> missing = keyFields.stream().filter(f -> !keyValues.containsKey(f)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidKeyException("this request names one series: give every key field " + keyFields
                    + " as a query parameter; missing " + missing);
        }
        return filter();
    }

    /** A filter naming at least one key field. @throws InvalidKeyException if none is given */
    public SeriesKey nonEmptyFilter() {
        if (keyValues.isEmpty()) {
            throw new InvalidKeyException("give at least one key field of " + keyFields
                    + " as a query parameter, so that a bare request cannot delete every series");
        }
        return filter();
    }

    /** The write mode, {@link WriteMode#INSERT} by default. */
    public WriteMode mode() {
        String mode = reserved.get(MODE);
        if (mode == null) {
            return WriteMode.INSERT;
        }
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "insert" -> WriteMode.INSERT;
            case "update" -> WriteMode.UPDATE;
            case "replace" -> WriteMode.REPLACE;
            default -> throw new InvalidArgumentException(MODE, "must be insert, update or replace, got '" + mode + "'");
        };
    }

    /**
     * The read window; local date-times are read in the store zone.
     *
     * @throws InvalidWindowException if start is after end
     */
    public ReadRange range(ZoneId storeZone) {
        Instant start = instant(START, storeZone);
        Instant end = instant(END, storeZone);
        if (start != null && end != null && start.isAfter(end)) {
            throw new InvalidWindowException(start, end);
        }
        return new ReadRange(start, end);
    }

    /** The zone to render instants in: {@code tz} if given, else the store zone. */
    public ZoneId zone(ZoneId storeZone) {
        String tz = reserved.get(TZ);
        if (tz == null) {
            return storeZone;
        }
        try {
            return ZoneId.of(tz.strip());
        } catch (DateTimeException e) {
            throw new InvalidArgumentException(TZ, "is not a time zone id (e.g. Europe/Paris, UTC, +01:00), got '" + tz + "'");
        }
    }

    private Instant instant(String name, ZoneId storeZone) {
        String text = reserved.get(name);
        if (text == null) {
            return null;
        }
        try {
            return Timestamps.parse(plusOfOffset(text), storeZone);
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException(name, "is not an ISO-8601 instant (2025-01-01T00:00:00Z, "
                    + "2025-01-01T00:00+01:00 with '+' sent as %2B) or local date-time (2025-01-01T00:00), got '" + text + "'");
        }
    }

    /**
     * An offset's '+' arrives as a space when a client did not encode it in the query string
     * ({@code ?start=2025-01-01T00:00+01:00}); a space is never part of an ISO-8601 timestamp, so it can only be that.
     */
    private static String plusOfOffset(String text) {
        return text.strip().replace(' ', '+');
    }
}
