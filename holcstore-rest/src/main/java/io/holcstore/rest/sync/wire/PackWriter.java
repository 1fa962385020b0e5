package io.holcstore.rest.sync.wire;

import io.holcstore.store.ChunkTransfer;
import jakarta.json.stream.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * Writes a pack as the reference's server does, {@code [{"blob", "attrs", "meta"}, ...]}, compact UTF-8, each
 * chunk base64-encoded and written out as it is given: a server streams a pack of any size with one chunk in hand.
 * The pack is complete only once {@link #end()} returns; a failure before leaves the JSON cut, so that the client
 * refuses the pack rather than importing part of it as if it were whole.
 *
 * <p>The blob, nearly all of a pack's bytes, is written by hand: its base64 bytes go out as they are between
 * quotes, as base64 never needs escaping. A JSON generator would copy each character into a string, check it for
 * escaping and encode it to UTF-8 again, which profiles of the sync server showed as its hottest work per pack. The
 * other members, small and of any text, go through a generator ({@link ChunkWireAssembler#writePackedMembersButBlob}).
 */
public final class PackWriter {
    private static final Logger LOG = Logger.getLogger(PackWriter.class.getName());
    /** Output held before it goes to the caller's stream: well under a month chunk's base64. */
    private static final int BUFFER_BYTES = 16 * 1024;
    private static final byte[] BLOB_START = ("{\"" + WireNames.BLOB + "\":\"").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BLOB_END = "\",".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    /** The members after the blob, generated as an object of their own, whose opening brace is left out. */
    private final ByteArrayOutputStream members = new ByteArrayOutputStream(256);
    private int chunks;
    private long blobBytes;

    private PackWriter(OutputStream out) {
        this.out = out;
    }

    /** Opens a pack on {@code out}, which stays open. */
    public static PackWriter begin(OutputStream out) {
        PackWriter pack = new PackWriter(new BufferedOutputStream(WireJson.unclosed(out), BUFFER_BYTES));
        pack.send(() -> pack.out.write('['));
        return pack;
    }

    /** Writes the next chunk, its stored bytes as they are. */
    public void write(ChunkTransfer chunk) {
        members.reset();
        try (JsonGenerator json = WireJson.generator(members)) {
            ChunkWireAssembler.writePackedMembersButBlob(json, chunk);
        }
        byte[] rest = members.toByteArray();
        send(() -> {
            if (chunks > 0) {
                out.write(',');
            }
            out.write(BLOB_START);
            out.write(Base64.getEncoder().encode(chunk.data()));
            out.write(BLOB_END);
            out.write(rest, 1, rest.length - 1);
        });
        chunks++;
        blobBytes += chunk.data().length;
    }

    /**
     * Closes the pack and flushes it into the stream (which stays open).
     *
     * @return the number of chunks written
     */
    public int end() {
        send(() -> {
            out.write(']');
            out.flush();
        });
        LOG.fine(() -> "wrote a pack of " + chunks + " chunks, " + blobBytes + " blob bytes");
        return chunks;
    }

    @FunctionalInterface
    private interface Output {
        void write() throws IOException;
    }

    private static void send(Output output) {
        try {
            output.write();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the pack failed", e);
        }
    }
}
