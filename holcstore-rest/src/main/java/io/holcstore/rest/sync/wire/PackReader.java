package io.holcstore.rest.sync.wire;

import io.holcstore.rest.error.MalformedBodyException;
import io.holcstore.store.ChunkTransfer;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;

import java.io.InputStream;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Reads a pack, handing each chunk to a consumer as soon as its entry is parsed and its blob decoded: a client
 * takes a pack of any size with one chunk's text and bytes in hand. Capped, so that a server cannot make the
 * client hold more than it asked for: at most {@code maxEntries} chunks (a client asks for its batch size) of at
 * most {@code maxBlobBytes} decoded bytes each. The JSON parser still holds one blob's text whole; the bytes a
 * body may hold overall are for the HTTP layer to cap.
 */
public final class PackReader {
    private static final Logger LOG = Logger.getLogger(PackReader.class.getName());

    private final int maxEntries;
    private final long maxBlobBytes;

    /**
     * @param maxEntries   the most chunks a pack may hold, at least 1
     * @param maxBlobBytes the most bytes one chunk's blob may decode to, at least 0
     */
    public PackReader(int maxEntries, long maxBlobBytes) {
        if (maxEntries < 1 || maxBlobBytes < 0) {
            throw new IllegalArgumentException("a pack reader takes at least 1 entry of at least 0 bytes, got "
                    + maxEntries + " entries of " + maxBlobBytes + " bytes");
        }
        this.maxEntries = maxEntries;
        this.maxBlobBytes = maxBlobBytes;
    }

    /**
     * Reads the pack from {@code body} to its end, then closes it.
     *
     * @param chunks takes each chunk, in pack order
     * @return the number of chunks read
     * @throws SyncWireException naming the problem, the entry and its chunk index: a malformed entry, a blob that
     *                           is not base64 or over the byte cap, more entries than the cap, bad JSON. Chunks
     *                           before the fault were handed over, so a caller imports them only once this returns
     * @throws java.io.UncheckedIOException if reading {@code body} fails
     */
    public int read(InputStream body, Consumer<ChunkTransfer> chunks) {
        int position = 0;
        long blobBytes = 0;
        try (JsonParser parser = WireJson.parser(body)) {
            Event first = parser.next();
            if (first != Event.START_ARRAY) {
                throw WireJson.notThe("a pack, an array of {\"blob\", \"attrs\", \"meta\"}", first);
            }
            for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
                if (position == maxEntries) {
                    throw SyncWireException.ofEntry(WireProblem.TOO_MANY_ENTRIES, position,
                            "the pack holds more than " + maxEntries + " chunks, the most this reader takes");
                }
                if (event != Event.START_OBJECT) {
                    throw SyncWireException.ofEntry(WireProblem.MALFORMED_ENTRY, position,
                            "a packed chunk must be an object, got " + MalformedBodyException.describe(event));
                }
                ChunkTransfer chunk = ChunkWireAssembler.transfer(parser.getObject(), position, maxBlobBytes);
                blobBytes += chunk.data().length;
                chunks.accept(chunk);
                position++;
            }
            WireJson.expectEnd(parser);
        } catch (JsonException e) {
            throw WireJson.readFailure(e, "after " + position + " chunks");
        }
        int read = position;
        long bytes = blobBytes;
        LOG.fine(() -> "read a pack of " + read + " chunks, " + bytes + " blob bytes");
        return read;
    }
}
