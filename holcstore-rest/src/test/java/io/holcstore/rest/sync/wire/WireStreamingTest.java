package io.holcstore.rest.sync.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.SeriesKey;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Pages and packs go through one entry at a time, both ways, and a broken connection is not a malformed body. */
class WireStreamingTest {
    private static final Instant AT = Instant.parse("2026-11-23T23:23:13.298799Z");

    /** The first {@code length} bytes of {@code body}, then a connection reset. */
    private static InputStream cutAfter(byte[] body, int length) {
        InputStream reset = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        return new SequenceInputStream(new ByteArrayInputStream(Arrays.copyOf(body, length)), reset);
    }

    /** Counts the bytes that reach it, and whether it was closed. */
    private static final class CountingOutputStream extends OutputStream {
        long bytes;
        boolean closed;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void packReaderHandsEachChunkOverBeforeTheBodyEnds() {
        byte[] capture = Captures.bytes("13_pack_update_entries.body.json");
        int secondEntry = new String(capture, java.nio.charset.StandardCharsets.UTF_8).indexOf(",{\"blob\"") + 1;
        List<ChunkTransfer> handed = new ArrayList<>();
        assertThrows(UncheckedIOException.class, () -> Transfers.READER.read(cutAfter(capture, secondEntry + 5), handed::add));
        assertEquals(1, handed.size());
        assertEquals(2025, handed.get(0).ref().chunkIndex());
    }

    @Test
    void pageReaderHandsEachResultOverBeforeTheBodyEnds() {
        byte[] capture = Captures.bytes("03_updates_all.body.json");
        List<ChunkUpdate> handed = new ArrayList<>();
        assertThrows(UncheckedIOException.class, () -> UpdatesPageReader.read(cutAfter(capture, 700), handed::add));
        assertFalse(handed.isEmpty());
        assertTrue(handed.size() < 9);
    }

    /** What a pack writer may hold back unsent: one buffer of the JSON generator and one of the UTF-8 writer. */
    private static final long HELD_BACK = 32 * 1024;

    @Test
    void packWriterSendsEachChunkOutAsItIsWritten() {
        CountingOutputStream out = new CountingOutputStream();
        PackWriter pack = PackWriter.begin(out);
        byte[] year = new byte[300_000];
        for (int chunk = 0; chunk < 3; chunk++) {
            pack.write(new ChunkTransfer(new ChunkRef(SeriesKey.of("version", chunk), 2025), "float64", AT, AT, false, year));
            // 400 000 base64 characters per chunk; at most the generator's and the writer's buffers held back
            assertTrue(out.bytes > (chunk + 1) * 400_000L - HELD_BACK, "chunk " + chunk + " is out before the next is written: " + out.bytes);
        }
        assertEquals(3, pack.end());
        assertFalse(out.closed, "the caller's stream stays open");
    }

    @Test
    void pageWriterLeavesTheStreamOpen() {
        CountingOutputStream out = new CountingOutputStream();
        UpdatesPageWriter page = UpdatesPageWriter.begin(out, new UpdatesPageHead(1, null, null));
        page.write(new ChunkUpdate(SeriesKey.of("version", 1), 2025, "float64", AT, AT, true));
        assertEquals(1, page.end());
        assertTrue(out.bytes > 0);
        assertFalse(out.closed);
    }
}
