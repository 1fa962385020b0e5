package io.holcstore.rest.sync.wire;

import static io.holcstore.rest.sync.wire.WireNames.COUNT;
import static io.holcstore.rest.sync.wire.WireNames.NEXT;
import static io.holcstore.rest.sync.wire.WireNames.PREVIOUS;
import static io.holcstore.rest.sync.wire.WireNames.RESULTS;

import io.holcstore.store.ChunkUpdate;
import jakarta.json.stream.JsonGenerator;

import java.io.OutputStream;
import java.util.logging.Logger;

/**
 * Writes one updates page as the reference's server does, {@code {"count", "next", "previous", "results": [...]}},
 * compact UTF-8, each result written out as it is given: a server streams a page of any size with one update in
 * hand. The page is complete only once {@link #end()} returns; a failure before leaves the JSON cut, so that the
 * client sees a broken body and never a short page it would take as whole.
 */
public final class UpdatesPageWriter {
    private static final Logger LOG = Logger.getLogger(UpdatesPageWriter.class.getName());

    private final JsonGenerator json;
    private long written;

    private UpdatesPageWriter(JsonGenerator json) {
        this.json = json;
    }

    /** Writes the page's head to {@code out} (left open) and opens its results. */
    public static UpdatesPageWriter begin(OutputStream out, UpdatesPageHead head) {
        JsonGenerator json = WireJson.generator(out);
        json.writeStartObject();
        json.write(COUNT, head.count());
        link(json, NEXT, head.next());
        link(json, PREVIOUS, head.previous());
        json.writeStartArray(RESULTS);
        return new UpdatesPageWriter(json);
    }

    private static void link(JsonGenerator json, String name, String url) {
        if (url == null) {
            json.writeNull(name);
        } else {
            json.write(name, url);
        }
    }

    /** Writes the next result. */
    public void write(ChunkUpdate update) {
        ChunkWireAssembler.writeUpdateEntry(json, update);
        written++;
    }

    /**
     * Closes the results and the page, and flushes it into the stream (which stays open).
     *
     * @return the number of results written
     */
    public long end() {
        json.writeEnd();
        json.writeEnd();
        json.close();
        LOG.fine(() -> "wrote an updates page of " + written + " results");
        return written;
    }
}
