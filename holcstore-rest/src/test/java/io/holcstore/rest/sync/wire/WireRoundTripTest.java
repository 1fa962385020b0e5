package io.holcstore.rest.sync.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.SeriesKey;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** What we write, we read back unchanged: keys of every kind, whole seconds, DST month starts, empty bodies, tombstones. */
class WireRoundTripTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant WHOLE_SECOND = Instant.parse("2025-06-01T12:00:00Z");
    private static final Instant MICROS = Instant.parse("2026-11-23T23:23:13.000001Z");
    private static final List<SeriesKey> KEYS = List.of(
            SeriesKey.of("version", 4, "kind", "x y&z=é"),
            SeriesKey.of("version", 1, "kind", "a=b&c d+e%20f"),
            SeriesKey.of("version", 2, "kind", "日本 \"quoted\" back\\slash\ttab"),
            SeriesKey.of("meter", 5_000_000_000L, "ratio", new BigDecimal("1.5"), "active", true),
            SeriesKey.of("huge", new BigInteger("123456789012345678901234567890")),
            SeriesKey.all());

    private static List<ChunkUpdate> readPage(byte[] body, List<UpdatesPageHead> head) {
        List<ChunkUpdate> results = new ArrayList<>();
        head.add(UpdatesPageReader.read(new ByteArrayInputStream(body), results::add));
        return results;
    }

    private static byte[] writePage(UpdatesPageHead head, List<ChunkUpdate> updates) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UpdatesPageWriter page = UpdatesPageWriter.begin(out, head);
        updates.forEach(page::write);
        page.end();
        return out.toByteArray();
    }

    @Test
    void updatesOfEveryKeyKind() {
        List<ChunkUpdate> updates = new ArrayList<>();
        for (int i = 0; i < KEYS.size(); i++) {
            updates.add(new ChunkUpdate(KEYS.get(i), 2020 + i, "float64", Instant.parse("2019-12-31T23:00:00Z").plusSeconds(i),
                    i % 2 == 0 ? WHOLE_SECOND : MICROS, i % 3 == 0));
        }
        UpdatesPageHead head = new UpdatesPageHead(42, "http://h/sync/updates/?kind=x+y%26z%3D%C3%A9&limit=6&offset=6", null);
        List<UpdatesPageHead> readHead = new ArrayList<>();
        assertEquals(updates, readPage(writePage(head, updates), readHead));
        assertEquals(head, readHead.get(0));
    }

    @Test
    void nonAsciiIsWrittenUnescapedAsTheReferenceDoes() {
        byte[] body = writePage(new UpdatesPageHead(1, null, null), List.of(new ChunkUpdate(KEYS.get(0), 2021, "float64",
                Instant.parse("2020-12-31T23:00:00Z"), WHOLE_SECOND, false)));
        String text = new String(body, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"kind\":\"x y&z=é\""), text);
        assertTrue(text.contains("\"updated_at\":\"2025-06-01T12:00:00Z\""), text);
    }

    @Test
    void parisMonthStartsOf2024() {
        List<ChunkUpdate> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            Instant start = LocalDate.of(2024, month, 1).atStartOfDay(PARIS).toInstant();
            months.add(new ChunkUpdate(SeriesKey.of("version", 1, "kind", "A"), 2024 * 12 + month - 1, "float64", start, MICROS, false));
        }
        byte[] body = writePage(new UpdatesPageHead(12, null, null), months);
        assertEquals(months, readPage(body, new ArrayList<>()));
        JsonObject april = Captures.json(body).asJsonObject().getJsonArray("results").getJsonObject(3);
        assertEquals("2024-03-31T22:00:00Z", april.getString("start_ts"));
        assertEquals(24291, april.getInt("chunk_index"));
        JsonObject november = Captures.json(body).asJsonObject().getJsonArray("results").getJsonObject(10);
        assertEquals("2024-10-31T23:00:00Z", november.getString("start_ts"));
    }

    @Test
    void emptyPageIsTheReferencesEmptyPage() {
        byte[] body = writePage(new UpdatesPageHead(0, null, null), List.of());
        assertEquals(Captures.text("06_updates_since_plus_not_encoded.body.json"), new String(body, StandardCharsets.UTF_8));
        List<UpdatesPageHead> head = new ArrayList<>();
        assertTrue(readPage(body, head).isEmpty());
        assertEquals(new UpdatesPageHead(0, null, null), head.get(0));
    }

    @Test
    void packOfEveryKeyKindWithTombstones() {
        List<ChunkTransfer> chunks = new ArrayList<>();
        for (int i = 0; i < KEYS.size(); i++) {
            boolean tombstone = i % 2 == 1;
            byte[] data = tombstone ? new byte[] {0x04, 0x22, 0x4D, 0x18, 0x60, 0x40, (byte) 0x82, 0, 0, 0, 0} : bytes(i * 1000 + 1);
            chunks.add(new ChunkTransfer(new ChunkRef(KEYS.get(i), 24300 + i), "float64",
                    LocalDate.of(2024, 3 + i, 1).atStartOfDay(PARIS).toInstant(), i % 2 == 0 ? WHOLE_SECOND : MICROS, tombstone, data));
        }
        List<ChunkTransfer> back = Transfers.read(Transfers.write(chunks));
        assertEquals(chunks.size(), back.size());
        for (int i = 0; i < chunks.size(); i++) {
            Transfers.assertSame(chunks.get(i), back.get(i));
        }
    }

    @Test
    void blobsOfEveryLengthModuloThree() {
        for (int length = 0; length < 7; length++) {
            ChunkTransfer chunk = new ChunkTransfer(new ChunkRef(KEYS.get(0), 2025), "float64", WHOLE_SECOND, MICROS, false, bytes(length));
            Transfers.assertSame(chunk, Transfers.read(Transfers.write(List.of(chunk))).get(0));
            PackReader exact = new PackReader(1, length);
            exact.read(new ByteArrayInputStream(Transfers.write(List.of(chunk))), read -> assertEquals(chunk.data().length, read.data().length));
        }
    }

    @Test
    void emptyPack() {
        assertTrue(Transfers.read(Transfers.write(List.of())).isEmpty());
    }

    @Test
    void packRequestOfEveryKeyKind() {
        List<ChunkRef> refs = KEYS.stream().map(key -> new ChunkRef(key, 2025)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PackRequestWriter.write(out, refs);
        assertEquals(refs, new PackRequestReader(refs.size()).read(new ByteArrayInputStream(out.toByteArray())).stream()
                .map(PackRequestEntry::ref).toList());
        JsonObject first = Captures.json(out.toByteArray()).asJsonArray().getJsonObject(0);
        assertEquals(Captures.json("{\"attrs\": {\"version\": 4, \"kind\": \"x y&z=é\"}, \"chunk_index\": 2025}"), first);
    }

    @Test
    void keyTypesTheWireHasNotAreWrittenAsText() {
        // a date key field travels as text, as the reference's JSON encoder writes it; the store parses it back
        SeriesKey key = SeriesKey.of("day", LocalDate.of(2025, 1, 1), "version", 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PackRequestWriter.write(out, List.of(new ChunkRef(key, 2025)));
        assertEquals(List.of(new ChunkRef(SeriesKey.of("day", "2025-01-01", "version", 1), 2025)),
                new PackRequestReader(1).read(new ByteArrayInputStream(out.toByteArray())).stream().map(PackRequestEntry::ref).toList());
    }

    private static byte[] bytes(int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (i * 31 + 7);
        }
        return data;
    }
}
