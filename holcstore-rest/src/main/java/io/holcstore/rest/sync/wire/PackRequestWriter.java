package io.holcstore.rest.sync.wire;

import io.holcstore.store.ChunkRef;
import jakarta.json.stream.JsonGenerator;

import java.io.OutputStream;

/**
 * Writes a pack request, {@code [{"attrs": {...}, "chunk_index": n}, ...]}: only what the reference's server reads
 * (its client sends whole update entries, which it ignores but for these two members).
 */
public final class PackRequestWriter {

    private PackRequestWriter() {
    }

    /** Writes the request naming {@code refs}, in order, to {@code out} (left open). */
    public static void write(OutputStream out, Iterable<ChunkRef> refs) {
        JsonGenerator json = WireJson.generator(out);
        json.writeStartArray();
        for (ChunkRef ref : refs) {
            ChunkWireAssembler.writeRefEntry(json, ref);
        }
        json.writeEnd();
        json.close();
    }
}
