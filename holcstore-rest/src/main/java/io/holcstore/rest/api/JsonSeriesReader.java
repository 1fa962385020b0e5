package io.holcstore.rest.api;

import io.holcstore.mapping.StoreSettings;
import io.holcstore.rest.error.MalformedBodyException;
import io.holcstore.series.DenseSeries;
import io.holcstore.series.IrregularSeries;
import io.holcstore.series.Series;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON series body: {@code {"start": "<ISO>", "values": [...]}} (dense, on the store's step from that grid
 * instant) or {@code {"index": ["<ISO>", ...], "values": [...]}} (irregular); values are numbers or null
 * (missing). Read with JSON-P's streaming parser, values straight onto a primitive array. Strict: an unknown or
 * repeated member, a value of the wrong type, NaN or Infinity, index and values of different lengths are each a
 * {@link MalformedBodyException} saying where; nothing is guessed.
 */
public final class JsonSeriesReader {
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final String SHAPE = "a series body is {\"start\": \"<ISO>\", \"values\": [...]} "
            + "or {\"index\": [\"<ISO>\", ...], \"values\": [...]}";

    private final Duration step;
    private final ZoneId zone;

    /** A reader for a chunk store: dense bodies on its step, local date-times in its zone. */
    public JsonSeriesReader(StoreSettings settings) {
        this(settings.step(), settings.zone());
    }

    /**
     * A reader for a store of whole series, which has no step of its own.
     *
     * @param step the step of a dense body; null refuses dense bodies
     * @param zone the zone local date-times are read in
     */
    public JsonSeriesReader(Duration step, ZoneId zone) {
        this.step = step;
        this.zone = zone;
    }

    /**
     * The series of {@code body}, in the reader's step and zone (local date-times read in the store zone).
     *
     * @throws MalformedBodyException if it is not such a body
     * @throws io.holcstore.series.InvalidLocalTimeException naming a local time the store zone skips or repeats
     */
    public Series read(InputStream body) {
        try (JsonParser parser = PARSERS.createParser(body)) {
            return read(parser);
        } catch (JsonParsingException e) {
            throw new MalformedBodyException("the body is not valid JSON (" + e.getMessage()
                    + "); a missing value is null, NaN and Infinity are not JSON", e);
        } catch (JsonException e) {
            throw new MalformedBodyException("the body could not be read as JSON: " + e.getMessage(), e);
        }
    }

    private Series read(JsonParser parser) {
        if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
            throw new MalformedBodyException("the body is not a JSON object; " + SHAPE);
        }
        String start = null;
        List<String> index = null;
        double[] values = null;
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String member = parser.getString();
            switch (member) {
                case "start" -> {
                    once(start, member);
                    start = text(parser, "start");
                }
                case "index" -> {
                    once(index, member);
                    index = texts(parser);
                }
                case "values" -> {
                    once(values, member);
                    values = values(parser);
                }
                default -> throw new MalformedBodyException("unknown member \"" + member + "\"; " + SHAPE);
            }
        }
        if (parser.hasNext()) {
            throw new MalformedBodyException("the body goes on after its JSON object");
        }
        return series(start, index, values);
    }

    private Series series(String start, List<String> index, double[] values) {
        if (values == null) {
            throw new MalformedBodyException("the body has no \"values\"; " + SHAPE);
        }
        if ((start == null) == (index == null)) {
            throw new MalformedBodyException("the body needs exactly one of \"start\" and \"index\"; " + SHAPE);
        }
        if (start != null) {
            if (step == null) {
                throw new MalformedBodyException("a body with \"start\" needs a step, which this request does not give; "
                        + "give one, or send \"index\"");
            }
            return DenseSeries.of(instant(start, "start"), step, zone, values);
        }
        if (index.size() != values.length) {
            throw new MalformedBodyException("\"index\" has " + index.size() + " timestamps but \"values\" has "
                    + values.length + " values; give one value per timestamp");
        }
        Instant[] instants = new Instant[index.size()];
        for (int i = 0; i < instants.length; i++) {
            instants[i] = instant(index.get(i), "index[" + i + "]");
        }
        return IrregularSeries.of(instants, values);
    }

    private Instant instant(String text, String where) {
        try {
            return Timestamps.parse(text, zone);
        } catch (DateTimeParseException e) {
            throw new MalformedBodyException(where + ": '" + text + "' is not an ISO-8601 instant "
                    + "(2025-01-01T00:00:00Z, 2025-01-01T00:00+01:00) or local date-time (2025-01-01T00:00)");
        }
    }

    private static void once(Object seen, String member) {
        if (seen != null) {
            throw new MalformedBodyException("member \"" + member + "\" is given twice");
        }
    }

    private static String text(JsonParser parser, String where) {
        Event event = parser.next();
        if (event != Event.VALUE_STRING) {
            throw new MalformedBodyException(where + " must be an ISO-8601 string, got " + MalformedBodyException.describe(event));
        }
        return parser.getString();
    }

    private static List<String> texts(JsonParser parser) {
        expectArray(parser, "index", "an array of ISO-8601 strings");
        List<String> texts = new ArrayList<>();
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            if (event != Event.VALUE_STRING) {
                throw new MalformedBodyException("index[" + texts.size() + "] must be an ISO-8601 string, got " + MalformedBodyException.describe(event));
            }
            texts.add(parser.getString());
        }
        return texts;
    }

    private static double[] values(JsonParser parser) {
        expectArray(parser, "values", "an array of numbers and nulls");
        GrowingDoubles values = new GrowingDoubles();
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            if (event == Event.VALUE_NUMBER) {
                values.add(Numbers.finite(parser.getBigDecimal(), "values[" + values.size() + "]"));
            } else if (event == Event.VALUE_NULL) {
                values.add(Double.NaN);
            } else {
                throw new MalformedBodyException("values[" + values.size() + "] must be a number or null, got " + MalformedBodyException.describe(event));
            }
        }
        return values.toArray();
    }

    private static void expectArray(JsonParser parser, String member, String what) {
        Event event = parser.next();
        if (event != Event.START_ARRAY) {
            throw new MalformedBodyException("\"" + member + "\" must be " + what + ", got " + MalformedBodyException.describe(event));
        }
    }

}
