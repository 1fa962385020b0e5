package io.holcstore.rest.sync.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.SeriesKey;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The pack requests the reference's client and the capture script sent parse as we read pack requests. */
class PackRequestCapturesTest {
    private static final PackRequestReader READER = new PackRequestReader(100);

    private static List<PackRequestEntry> entries(String body) {
        return READER.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<ChunkRef> read(String body) {
        return entries(body).stream().map(PackRequestEntry::ref).toList();
    }

    @Test
    void wholeUpdateEntriesAsTheClientSendsThem() {
        String body = Captures.requestBody("13_pack_update_entries");
        assertTrue(body.contains("\"updated_at\": \"2026-11-23T23:23:13.298799Z\""), body);
        assertEquals(List.of(new ChunkRef(SeriesKey.of("version", 1, "kind", "A"), 2025),
                new ChunkRef(SeriesKey.of("version", 1, "kind", "A"), 2024)), read(body));
        // the listed updated_at is kept: a chunk rewritten since is reported with it (PackExport.reported)
        assertEquals(Optional.of(Instant.parse("2026-11-23T23:23:13.298799Z")), entries(body).get(0).listedUpdatedAt());
    }

    @Test
    void minimalEntries() {
        assertEquals(List.of(new ChunkRef(SeriesKey.of("version", 2, "kind", "B"), 2025)),
                read(Captures.requestBody("14_pack_minimal_spec")));
        assertEquals(Optional.empty(), entries(Captures.requestBody("14_pack_minimal_spec")).get(0).listedUpdatedAt());
    }

    @Test
    void attrsAndChunkIndexAsStrings() {
        // {"attrs": {"version": "2", "kind": "B"}, "chunk_index": "2025"}: the reference takes the text index
        assertEquals(List.of(new ChunkRef(SeriesKey.of("version", "2", "kind", "B"), 2025)),
                read(Captures.requestBody("15_pack_attrs_as_strings")));
    }

    @Test
    void partialAttrs() {
        assertEquals(List.of(new ChunkRef(SeriesKey.of("version", 2), 2025)), read(Captures.requestBody("16_pack_partial_attrs")));
    }

    @Test
    void noBodyNamesNoChunk() {
        assertEquals("", Captures.requestBody("17_pack_no_body"));
        assertEquals(List.of(), read(Captures.requestBody("17_pack_no_body")));
        assertEquals(List.of(), read(" \r\n\t"));
    }

    @Test
    void pythonJsonDumpsEscapesNonAscii() {
        String body = "[{\"attrs\": {\"version\": 4, \"kind\": \"x y&z=\\u00e9\"}, \"chunk_index\": 2021, \"dtype\": \"float64\", "
                + "\"start_ts\": \"2020-12-31T23:00:00Z\", \"updated_at\": \"2026-11-23T23:23:13.447537Z\", \"is_deleted\": false}]";
        assertEquals(List.of(new ChunkRef(SeriesKey.of("version", 4, "kind", "x y&z=é"), 2021)), read(body));
    }
}
