package io.holcstore.rest.sync.wire;

import io.holcstore.store.ChunkTransfer;
import jakarta.json.stream.JsonGenerator;

import java.io.OutputStream;
import java.util.logging.Logger;

/**
 * Writes a pack as the reference's server does, {@code [{"blob", "attrs", "meta"}, ...]}, compact UTF-8, each
 * chunk base64-encoded and written out as it is given: a server streams a pack of any size with one chunk in hand.
 * The pack is complete only once {@link #end()} returns; a failure before leaves the JSON cut, so that the client
 * refuses the pack rather than importing part of it as if it were whole.
 */
public final class PackWriter {
    private static final Logger LOG = Logger.getLogger(PackWriter.class.getName());

    private final JsonGenerator json;
    private int chunks;
    private long blobBytes;

    private PackWriter(JsonGenerator json) {
        this.json = json;
    }

    /** Opens a pack on {@code out}, which stays open. */
    public static PackWriter begin(OutputStream out) {
        JsonGenerator json = WireJson.generator(out);
        json.writeStartArray();
        return new PackWriter(json);
    }

    /** Writes the next chunk, its stored bytes as they are. */
    public void write(ChunkTransfer chunk) {
        ChunkWireAssembler.writePackedEntry(json, chunk);
        chunks++;
        blobBytes += chunk.data().length;
    }

    /**
     * Closes the pack and flushes it into the stream (which stays open).
     *
     * @return the number of chunks written
     */
    public int end() {
        json.writeEnd();
        json.close();
        LOG.fine(() -> "wrote a pack of " + chunks + " chunks, " + blobBytes + " blob bytes");
        return chunks;
    }
}
