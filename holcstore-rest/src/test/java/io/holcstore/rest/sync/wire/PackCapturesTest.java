package io.holcstore.rest.sync.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.SeriesKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/** Every {@code /pack/} response captured from the reference decodes, and our writer renders it back. */
class PackCapturesTest {
    /** The LZ4 frame of an empty buffer, the blob of every tombstone ({@code BCJNGGBAggAAAAA=}). */
    private static final byte[] TOMBSTONE = {0x04, 0x22, 0x4D, 0x18, 0x60, 0x40, (byte) 0x82, 0, 0, 0, 0};

    private static List<ChunkTransfer> read(String capture) {
        return Transfers.read(Captures.bytes(capture + ".body.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13_pack_update_entries", "14_pack_minimal_spec", "15_pack_attrs_as_strings", "16_pack_partial_attrs",
        "17_pack_no_body"})
    void decodesAndRendersBackEveryCapturedPack(String capture) {
        assertEquals(Captures.body(capture), Captures.json(Transfers.write(read(capture))), "re-rendered " + capture);
    }

    @Test
    void aYearChunkAndATombstone() {
        List<ChunkTransfer> pack = read("13_pack_update_entries");
        assertEquals(2, pack.size());
        ChunkTransfer year = pack.get(0);
        assertEquals(new ChunkRef(SeriesKey.of("version", 1, "kind", "A"), 2025), year.ref());
        assertEquals("float64", year.dtype());
        assertEquals(Instant.parse("2024-12-31T23:00:00Z"), year.startTs());
        assertEquals(Instant.parse("2026-11-23T23:23:13.298799Z"), year.updatedAt());
        assertFalse(year.deleted());
        // LZ4 frame, FLG 0x48 (linked blocks, content size), BD 0x40, content size 70 080 = 8 760 float64
        assertArrayEquals(new byte[] {0x04, 0x22, 0x4D, 0x18, 0x48, 0x40, (byte) 0xC0, 0x11, 0x01, 0, 0, 0, 0, 0},
                Arrays.copyOf(year.data(), 14));

        ChunkTransfer tombstone = pack.get(1);
        assertEquals(new ChunkRef(SeriesKey.of("version", 1, "kind", "A"), 2024), tombstone.ref());
        assertTrue(tombstone.deleted());
        assertEquals(Instant.parse("2023-12-31T23:00:00Z"), tombstone.startTs());
        assertEquals(Instant.parse("2026-11-23T23:23:13.424567Z"), tombstone.updatedAt());
        assertArrayEquals(TOMBSTONE, tombstone.data());
        assertEquals("BCJNGGBAggAAAAA=", Base64.getEncoder().encodeToString(tombstone.data()));
    }

    @Test
    void blobsAreTheStoredBytesWhateverTheRequestSpelling() {
        ChunkTransfer minimal = read("14_pack_minimal_spec").get(0);
        ChunkTransfer strings = read("15_pack_attrs_as_strings").get(0);
        ChunkTransfer partial = read("16_pack_partial_attrs").get(0);
        assertArrayEquals(minimal.data(), strings.data());
        assertArrayEquals(minimal.data(), partial.data());
        assertEquals(Instant.parse("2026-11-23T23:23:13.438784Z"), minimal.updatedAt());
        assertEquals(SeriesKey.of("version", 2, "kind", "B"), minimal.ref().key());
    }

    @Test
    void attrsEchoedVerbatimStayAsTheyCame() {
        // the reference echoes the request's attrs: a string stays a string, a partial key stays partial
        assertEquals(new ChunkRef(SeriesKey.of("version", "2", "kind", "B"), 2025), read("15_pack_attrs_as_strings").get(0).ref());
        assertEquals(new ChunkRef(SeriesKey.of("version", 2), 2025), read("16_pack_partial_attrs").get(0).ref());
        String rendered = new String(Transfers.write(read("15_pack_attrs_as_strings")), StandardCharsets.UTF_8);
        assertTrue(rendered.contains("\"version\":\"2\""), rendered);
    }

    @Test
    void noBodyIsAnEmptyPack() {
        assertTrue(read("17_pack_no_body").isEmpty());
        assertEquals("[]", new String(Transfers.write(List.of()), StandardCharsets.UTF_8));
    }
}
