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
 * A JSON series body: {@code {"start": "<ISO>", "step": "PT1H", "values": [...]}} (dense, from that instant, one
 * value every step) or {@code {"index": ["<ISO>", ...], "values": [...]}} (irregular); values are numbers or null
 * (missing). For a store with a step of its own (a chunk store's grid) {@code step} may be left out, and when given
 * must be the store's; for a store without one (a store of whole series) a dense body must give it. Read with JSON-P's streaming parser, values straight onto a primitive array. Strict: an unknown or
 * repeated member, a value of the wrong type, NaN or Infinity, index and values of different lengths are each a
 * {@link MalformedBodyException} saying where; nothing is guessed.
 */
public final class JsonSeriesReader {
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final String SHAPE = "a series body is {\"start\": \"<ISO>\", \"step\": \"<ISO duration>\", "
            + "\"values\": [...]} or {\"index\": [\"<ISO>\", ...], \"values\": [...]}";

    /** The store's own step, or null: then a dense body gives its step. */
    private final Duration storeStep;
    private final ZoneId zone;

    /** A reader for a chunk store: dense bodies are on its step; local date-times are read in its zone. */
    public JsonSeriesReader(StoreSettings settings) {
        this(settings.step(), settings.zone());
    }

    /**
     * @param storeStep the step of the store's grid, or null for a store without one (dense bodies then give theirs)
     * @param zone      the zone local date-times are read in
     */
    public JsonSeriesReader(Duration storeStep, ZoneId zone) {
        this.storeStep = storeStep;
        this.zone = zone;
    }

    /**
     * The series of {@code body}, in the store's step and zone (local date-times read in the store zone).
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
        String step = null;
        List<String> index = null;
        double[] values = null;
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String member = parser.getString();
            switch (member) {
                case "start" -> {
                    once(start, member);
                    start = text(parser, "start");
                }
                case "step" -> {
                    once(step, member);
                    step = text(parser, "step");
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
        return series(start, step, index, values);
    }

    private Series series(String start, String step, List<String> index, double[] values) {
        if (values == null) {
            throw new MalformedBodyException("the body has no \"values\"; " + SHAPE);
        }
        if ((start == null) == (index == null)) {
            throw new MalformedBodyException("the body needs exactly one of \"start\" and \"index\"; " + SHAPE);
        }
        if (start != null) {
            return DenseSeries.of(instant(start, "start"), step(step), zone, values);
        }
        if (step != null) {
            throw new MalformedBodyException("\"step\" goes with \"start\", not with \"index\"; " + SHAPE);
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

    /** The step of a dense body: the one it gives, checked against the store's, or the store's. */
    private Duration step(String text) {
        if (text == null) {
            if (storeStep == null) {
                throw new MalformedBodyException("a dense body needs \"step\" (an ISO-8601 duration such as PT1H): "
                        + "this store has no step of its own; " + SHAPE);
            }
            return storeStep;
        }
        Duration step;
        try {
            step = Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new MalformedBodyException("step: '" + text + "' is not an ISO-8601 duration such as PT15M or PT1H");
        }
        if (step.isZero() || step.isNegative()) {
            throw new MalformedBodyException("step: '" + text + "' is not a positive duration");
        }
        if (storeStep != null && !storeStep.equals(step)) {
            throw new MalformedBodyException("step: " + step + " is not this store's step " + storeStep
                    + "; leave it out or give the store's");
        }
        return step;
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
