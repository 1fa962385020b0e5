package io.holcstore.rest.sync.wire;

import io.holcstore.rest.error.MalformedBodyException;
import static io.holcstore.rest.sync.wire.WireNames.COUNT;
import static io.holcstore.rest.sync.wire.WireNames.NEXT;
import static io.holcstore.rest.sync.wire.WireNames.PREVIOUS;
import static io.holcstore.rest.sync.wire.WireNames.RESULTS;

import io.holcstore.store.ChunkUpdate;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;

import java.io.InputStream;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Reads an updates page, handing each result to a consumer as soon as it is parsed: a client walks pages of any
 * size with one update in hand. Members may come in any order and unknown ones are skipped; results must have
 * their six members ({@link ChunkWireAssembler#update}).
 */
public final class UpdatesPageReader {
    private static final Logger LOG = Logger.getLogger(UpdatesPageReader.class.getName());
    private static final String SHAPE = "an updates page {\"count\", \"next\", \"previous\", \"results\"}";

    private UpdatesPageReader() {
    }

    /**
     * Reads the page from {@code body} to its end, then closes it, taking any number of results: for bodies whose
     * size is bounded otherwise (captures, tests). A client reads with {@link #read(InputStream, int, Consumer)}.
     *
     * @param results takes each result, in page order
     * @return the page's count and links
     * @throws SyncWireException if the body is not such a page; results before the fault were handed over, so a
     *                           caller acts on them only once this returns
     * @throws java.io.UncheckedIOException if reading {@code body} fails
     */
    public static UpdatesPageHead read(InputStream body, Consumer<ChunkUpdate> results) {
        return read(body, Integer.MAX_VALUE, results);
    }

    /**
     * Reads the page from {@code body} to its end, then closes it, refusing a page of more than {@code maxResults}
     * results as soon as the one after the last allowed starts: a client asks for a page {@code limit} and must not
     * be made to read (or hold) an endless page. Fewer is fine: a server may cap a page lower.
     *
     * @param maxResults the most results taken, at least 1: the {@code limit} the request asked
     * @param results    takes each result, in page order
     * @return the page's count and links
     * @throws SyncWireException if the body is not such a page, or ({@link WireProblem#TOO_MANY_ENTRIES}) holds more
     *                           than {@code maxResults} results; results before the fault were handed over, so a
     *                           caller acts on them only once this returns
     * @throws java.io.UncheckedIOException if reading {@code body} fails
     */
    public static UpdatesPageHead read(InputStream body, int maxResults, Consumer<ChunkUpdate> results) {
        if (maxResults < 1) {
            throw new IllegalArgumentException("a page reader takes at least 1 result, got " + maxResults);
        }
        int position = 0;
        try (JsonParser parser = WireJson.parser(body)) {
            Event first = parser.next();
            if (first != Event.START_OBJECT) {
                throw WireJson.notThe(SHAPE, first);
            }
            Long count = null;
            String next = null;
            String previous = null;
            boolean sawResults = false;
            for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
                String member = parser.getString();
                if (member.equals(COUNT)) {
                    count = count(parser);
                } else if (member.equals(NEXT)) {
                    next = link(parser, NEXT);
                } else if (member.equals(PREVIOUS)) {
                    previous = link(parser, PREVIOUS);
                } else if (member.equals(RESULTS)) {
                    sawResults = true;
                    expectResultsArray(parser.next());
                    for (Event entry = parser.next(); entry != Event.END_ARRAY; entry = parser.next()) {
                        if (position == maxResults) {
                            throw SyncWireException.ofEntry(WireProblem.TOO_MANY_ENTRIES, position, "the page holds"
                                    + " more than " + maxResults + " results, the limit asked");
                        }
                        if (entry != Event.START_OBJECT) {
                            throw SyncWireException.ofEntry(WireProblem.MALFORMED_ENTRY, position,
                                    "a result must be an object, got " + MalformedBodyException.describe(entry));
                        }
                        results.accept(ChunkWireAssembler.update(parser.getObject(), position));
                        position++;
                    }
                } else {
                    WireJson.skipValue(parser);
                }
            }
            WireJson.expectEnd(parser);
            if (count == null || !sawResults) {
                throw SyncWireException.ofBody(WireProblem.MALFORMED_BODY, "the page lacks \""
                        + (count == null ? COUNT : RESULTS) + "\"; it must be " + SHAPE, null);
            }
            int read = position;
            LOG.fine(() -> "read an updates page of " + read + " results");
            return new UpdatesPageHead(count, next, previous);
        } catch (JsonException e) {
            throw WireJson.readFailure(e, "after " + position + " results");
        }
    }

    private static long count(JsonParser parser) {
        if (parser.next() != Event.VALUE_NUMBER || !parser.isIntegralNumber() || parser.getLong() < 0) {
            throw SyncWireException.ofBody(WireProblem.MALFORMED_BODY, "\"" + COUNT + "\" must be a whole number, at least 0");
        }
        return parser.getLong();
    }

    private static String link(JsonParser parser, String member) {
        Event event = parser.next();
        if (event == Event.VALUE_NULL) {
            return null;
        }
        if (event != Event.VALUE_STRING) {
            throw SyncWireException.ofBody(WireProblem.MALFORMED_BODY, "\"" + member + "\" must be a URL or null, got "
                    + MalformedBodyException.describe(event));
        }
        return parser.getString();
    }

    private static void expectResultsArray(Event event) {
        if (event != Event.START_ARRAY) {
            throw SyncWireException.ofBody(WireProblem.MALFORMED_BODY, "\"" + RESULTS + "\" must be an array, got "
                    + MalformedBodyException.describe(event));
        }
    }
}
