package io.holcstore.rest.api;

import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.loadcurve.LoadCurveOrder;
import io.holcstore.store.loadcurve.LoadCurveQuery;
import io.holcstore.store.loadcurve.LoadCurveWrite;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one load-curve request: the reserved parameters the request takes (below) and, under any
 * other name, attribute values of the store (text; the store converts them and refuses names it lacks). A reserved
 * parameter the request does not take, or one given twice when it is not a list ({@code prm}, {@code combinedBy},
 * {@code orderBy}, {@code versioningBy}), is an {@link InvalidArgumentException} naming it; nothing is ignored.
 */
final class LoadCurveParameters {
    static final String CLIENT = "client";
    static final String PRM = "prm";
    static final String VERSION = "version";
    static final String COMBINED = "combined";
    static final String COMBINED_BY = "combinedBy";
    static final String ORDER_BY = "orderBy";
    static final String COMBINED_DELAY = "combinedDelay";
    static final String TZ = "tz";
    static final String VERSIONING = "versioning";
    static final String VERSIONING_BY = "versioningBy";
    static final String FROM = "from";
    static final String TO = "to";
    static final String FREQ = "freq";
    static final String FREQ_MARGIN = "freqMargin";
    /** Never attribute fields: an attribute of one of these names cannot be given over HTTP. */
    static final Set<String> RESERVED = Set.of(CLIENT, PRM, VERSION, COMBINED, COMBINED_BY, ORDER_BY, COMBINED_DELAY, TZ,
            VERSIONING, VERSIONING_BY, FROM, TO, FREQ, FREQ_MARGIN);
    /** The parameters of a read. */
    static final Set<String> READ = Set.of(CLIENT, VERSION, COMBINED, COMBINED_BY, ORDER_BY, COMBINED_DELAY, TZ);
    private static final Set<String> LISTS = Set.of(PRM, COMBINED_BY, ORDER_BY, VERSIONING_BY);

    private final Map<String, List<String>> reserved = new LinkedHashMap<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private LoadCurveParameters() {
    }

    /**
     * Reads {@code parameters} (as decoded by JAX-RS).
     *
     * @param taken the reserved parameters this request takes
     */
    static LoadCurveParameters parse(Map<String, List<String>> parameters, Set<String> taken) {
        LoadCurveParameters parsed = new LoadCurveParameters();
        parameters.forEach((name, values) -> {
            if (values.size() != 1 && !(LISTS.contains(name) && taken.contains(name))) {
                throw new InvalidArgumentException(name, "is given " + values.size() + " times; give it once");
            }
            if (RESERVED.contains(name)) {
                if (!taken.contains(name)) {
                    throw new InvalidArgumentException(name, "is not taken by this request (it takes " + new TreeSet<>(taken)
                            + " and the store's attribute fields)");
                }
                parsed.reserved.put(name, List.copyOf(values));
            } else {
                parsed.attributes.put(name, values.get(0));
            }
        });
        return parsed;
    }

    /** The client, required. */
    int client() {
        return integer(CLIENT).orElseThrow(() -> new InvalidArgumentException(CLIENT, "is required (the client id)"));
    }

    /** The values of a list parameter, in the order given; empty when absent. */
    List<String> all(String name) {
        return reserved.getOrDefault(name, List.of());
    }

    /** The attribute values given, by name, as text. */
    SeriesKey attributes() {
        return SeriesKey.of(attributes);
    }

    /** The version asked, if any. */
    Optional<Integer> version() {
        return integer(VERSION);
    }

    /** The read these parameters describe: combined (default true), version, attribute filters, combinedBy, orderBy, combinedDelay. */
    LoadCurveQuery query() {
        LoadCurveQuery query = LoadCurveQuery.combined().combinedVersions(bool(COMBINED, true)).filters(attributes());
        Optional<Integer> version = version();
        if (version.isPresent()) {
            query = query.version(version.get());
        }
        if (!all(COMBINED_BY).isEmpty()) {
            query = query.combinedBy(all(COMBINED_BY));
        }
        if (!all(ORDER_BY).isEmpty()) {
            query = query.orderBy(all(ORDER_BY).stream().map(LoadCurveOrder::parse).toList());
        }
        Optional<Duration> delay = duration(COMBINED_DELAY);
        if (delay.isPresent()) {
            query = query.combinedDelay(delay.get());
        }
        return query;
    }

    /** The write these parameters describe: versioning (default false), versioningBy, attribute values. */
    LoadCurveWrite write() {
        LoadCurveWrite write = bool(VERSIONING, false) ? LoadCurveWrite.newVersion() : LoadCurveWrite.inPlace();
        if (!all(VERSIONING_BY).isEmpty()) {
            write = write.by(all(VERSIONING_BY));
        }
        return write.withAttributes(attributes());
    }

    /** The zone to render instants in: {@code tz}, else the store's. */
    ZoneId zone(ZoneId storeZone) {
        String tz = single(TZ);
        if (tz == null) {
            return storeZone;
        }
        try {
            return ZoneId.of(tz);
        } catch (DateTimeException e) {
            throw new InvalidArgumentException(TZ, "'" + tz + "' is not a time zone id such as Europe/Paris or UTC");
        }
    }

    /** An ISO-8601 duration parameter ({@code PT30M}), if given. */
    Optional<Duration> duration(String name) {
        String text = single(name);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException(name, "'" + text + "' is not an ISO-8601 duration such as PT30M or P1D");
        }
    }

    /** A required ISO-8601 instant or local date-time (read in {@code zone}). */
    Instant instant(String name, ZoneId zone) {
        String text = single(name);
        if (text == null) {
            throw new InvalidArgumentException(name, "is required (an ISO-8601 instant or local date-time)");
        }
        try {
            return Timestamps.parse(text, zone);
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException(name, "'" + text + "' is not an ISO-8601 instant (2025-01-01T00:00:00Z) or local "
                    + "date-time (2025-01-01T00:00)");
        }
    }

    private Optional<Integer> integer(String name) {
        String text = single(name);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException(name, "'" + text + "' is not an integer");
        }
    }

    private boolean bool(String name, boolean absent) {
        String text = single(name);
        if (text == null) {
            return absent;
        }
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidArgumentException(name, "'" + text + "' is neither true nor false");
        };
    }

    private String single(String name) {
        List<String> values = reserved.get(name);
        return values == null ? null : values.get(0);
    }
}
