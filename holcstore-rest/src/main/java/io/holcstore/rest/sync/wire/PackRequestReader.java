package io.holcstore.rest.sync.wire;

import io.holcstore.rest.error.MalformedBodyException;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;

import java.io.BufferedReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reads a pack request as the reference's server does: an array of entries of which {@code attrs} and
 * {@code chunk_index} name the chunk (its client sends whole update entries, of which we also keep
 * {@code updated_at}: see {@link PackRequestEntry}), a chunk index given as text taken, and no body at all read as
 * no chunk. Capped at {@code maxEntries}, so that one request cannot make a server export an
 * unbounded pack; the refs are few bytes each, so they are returned as a list, ready for {@code exportChunks}.
 */
public final class PackRequestReader {
    private static final Logger LOG = Logger.getLogger(PackRequestReader.class.getName());

    private final int maxEntries;

    /** @param maxEntries the most chunks one request may name, at least 1 */
    public PackRequestReader(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("a pack request reader takes at least 1 entry, got " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /**
     * The entries of {@code body}, in order; empty for an empty body. Reads {@code body} to its end, then closes
     * it.
     *
     * @throws SyncWireException of kind {@code MALFORMED_BODY}, naming the problem and the entry: not an array, an
     *                           entry lacking attrs or chunk_index or holding one of the wrong type, more entries than
     *                           the cap, bad JSON
     * @throws java.io.UncheckedIOException if reading {@code body} fails
     */
    public List<PackRequestEntry> read(InputStream body) {
        try {
            return entries(body);
        } catch (SyncWireException e) {
            throw e.inRequest();
        }
    }

    private List<PackRequestEntry> entries(InputStream body) {
        List<PackRequestEntry> refs = new ArrayList<>();
        BufferedReader text = WireJson.reader(body);
        try (JsonParser parser = WireJson.parser(text)) {
            if (WireJson.blank(text)) {
                LOG.fine("read an empty pack request (no body)");
                return refs;
            }
            Event first = parser.next();
            if (first != Event.START_ARRAY) {
                throw WireJson.notThe("a pack request, an array of {\"attrs\", \"chunk_index\"}", first);
            }
            for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
                if (refs.size() == maxEntries) {
                    throw SyncWireException.ofEntry(WireProblem.TOO_MANY_ENTRIES, refs.size(),
                            "the request names more than " + maxEntries + " chunks, the most one pack holds");
                }
                if (event != Event.START_OBJECT) {
                    throw SyncWireException.ofEntry(WireProblem.MALFORMED_ENTRY, refs.size(),
                            "a pack request entry must be an object, got " + MalformedBodyException.describe(event));
                }
                refs.add(ChunkWireAssembler.requestEntry(parser.getObject(), refs.size()));
            }
            WireJson.expectEnd(parser);
        } catch (JsonException e) {
            throw WireJson.readFailure(e, "after " + refs.size() + " entries");
        }
        LOG.fine(() -> "read a pack request of " + refs.size() + " chunks");
        return refs;
    }
}
