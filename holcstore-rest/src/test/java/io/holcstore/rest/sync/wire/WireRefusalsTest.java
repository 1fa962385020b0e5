package io.holcstore.rest.sync.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.rest.error.HolcStoreErrors;
import io.holcstore.rest.error.HttpError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Bodies not of their shape are refused with a typed error naming the problem, the entry and its chunk index. */
class WireRefusalsTest {
    private static final String META = "\"meta\":{\"dtype\":\"float64\",\"start_ts\":\"2024-12-31T23:00:00Z\","
            + "\"is_deleted\":false,\"updated_at\":\"2026-11-23T23:23:13.298799Z\"}";
    private static final String TOMBSTONE = "{\"blob\":\"BCJNGGBAggAAAAA=\",\"attrs\":{\"version\":1,\"chunk_index\":2024}," + META + "}";

    private static ByteArrayInputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** An answer a client cannot read: the source failed (502), and nothing claims the client wrote anything. */
    private static SyncWireException refused(WireProblem problem, int entry, Integer chunkIndex, Executable read) {
        SyncWireException e = refusedAs(502, "upstream_failed", problem, entry, chunkIndex, read);
        assertFalse(e.getMessage().contains("written"), e.getMessage());
        return e;
    }

    /** A request a server refuses: the caller's fault (400). */
    private static SyncWireException refusedRequest(WireProblem problem, int entry, Integer chunkIndex, Executable read) {
        return refusedAs(400, "malformed_body", problem, entry, chunkIndex, read);
    }

    private static SyncWireException refusedAs(int status, String kind, WireProblem problem, int entry, Integer chunkIndex,
                                               Executable read) {
        SyncWireException e = assertThrows(SyncWireException.class, read);
        assertEquals(problem, e.problem(), e.getMessage());
        assertEquals(entry, e.entry(), e.getMessage());
        assertEquals(chunkIndex == null ? OptionalInt.empty() : OptionalInt.of(chunkIndex), e.chunkIndex(), e.getMessage());
        if (chunkIndex != null) {
            assertTrue(e.getMessage().contains("entry " + entry + " (chunk_index " + chunkIndex + ")"), e.getMessage());
        }
        HttpError answer = HolcStoreErrors.of(e);
        assertEquals(status, answer.status());
        assertEquals(kind, answer.kind());
        return e;
    }

    private static void readPack(PackReader reader, String text) {
        reader.read(body(text), chunk -> { });
    }

    @Test
    void datetimesOutsideTheYears1To9999AreRefusedNamingTheirMember() {
        String max = "+1000000000-12-31T23:59:59.999999999Z";
        SyncWireException inPack = refused(WireProblem.MALFORMED_ENTRY, 0, 2024, () -> readPack(Transfers.READER,
                "[" + TOMBSTONE.replace("2024-12-31T23:00:00Z", max) + "]"));
        String page = "{\"count\":1,\"next\":null,\"previous\":null,\"results\":[{\"attrs\":{\"version\":3},"
                + "\"chunk_index\":2025,\"dtype\":\"float64\",\"start_ts\":\"2024-12-31T23:00:00Z\","
                + "\"updated_at\":\"" + max + "\",\"is_deleted\":false}]}";
        SyncWireException inPage = refused(WireProblem.MALFORMED_ENTRY, 0, 2025,
                () -> UpdatesPageReader.read(body(page), update -> { }));

        assertTrue(inPack.getMessage().contains("meta.start_ts '" + max + "' is not an ISO-8601 datetime of the years 1"
                + " to 9999"), inPack.getMessage());
        assertTrue(inPage.getMessage().contains("updated_at '" + max + "'"), inPage.getMessage());
    }

    @Test
    void packBlobNotBase64() {
        SyncWireException e = refused(WireProblem.BAD_BASE64, 1, 2025, () -> readPack(Transfers.READER,
                "[" + TOMBSTONE + ",{\"blob\":\"BCJN*GBAggAAAAA=\",\"attrs\":{\"version\":1,\"chunk_index\":2025}," + META + "}]"));
        assertTrue(e.getMessage().contains("base64"), e.getMessage());
    }

    @Test
    void packBlobOverTheByteCap() {
        // capture 14: one year chunk of 11 876 bytes; the blob comes before the attrs, yet the error names its chunk index
        byte[] capture = Captures.bytes("14_pack_minimal_spec.body.json");
        SyncWireException e = refused(WireProblem.BLOB_TOO_LARGE, 0, 2025,
                () -> new PackReader(10, 1000).read(new ByteArrayInputStream(capture), chunk -> { }));
        assertTrue(e.getMessage().contains("1000 bytes"), e.getMessage());
        readPack(new PackReader(1, 11), "[" + TOMBSTONE + "]");
        refused(WireProblem.BLOB_TOO_LARGE, 0, 2024, () -> readPack(new PackReader(1, 10), "[" + TOMBSTONE + "]"));
    }

    @Test
    void packWithMoreEntriesThanTheCap() {
        byte[] capture = Captures.bytes("13_pack_update_entries.body.json");
        List<Object> handed = new ArrayList<>();
        refused(WireProblem.TOO_MANY_ENTRIES, 1, null, () -> new PackReader(1, 1 << 20).read(new ByteArrayInputStream(capture), handed::add));
        assertEquals(1, handed.size());
    }

    @Test
    void packEntryLackingAMember() {
        SyncWireException e = refused(WireProblem.MALFORMED_ENTRY, 0, 2024, () -> readPack(Transfers.READER,
                "[{\"blob\":\"BCJNGGBAggAAAAA=\",\"attrs\":{\"version\":1,\"chunk_index\":2024}}]"));
        assertTrue(e.getMessage().contains("lacks meta"), e.getMessage());
        refused(WireProblem.MALFORMED_ENTRY, 0, null, () -> readPack(Transfers.READER,
                "[{\"blob\":\"BCJNGGBAggAAAAA=\",\"attrs\":{\"version\":1}," + META + "}]"));
    }

    @Test
    void packEntryWithMembersOfTheWrongType() {
        refused(WireProblem.MALFORMED_ENTRY, 0, 2024, () -> readPack(Transfers.READER, "[" + TOMBSTONE.replace("\"is_deleted\":false", "\"is_deleted\":\"false\"") + "]"));
        refused(WireProblem.MALFORMED_ENTRY, 0, 2024, () -> readPack(Transfers.READER, "[" + TOMBSTONE.replace("2026-11-23T23:23:13.298799Z", "yesterday") + "]"));
        refused(WireProblem.MALFORMED_ENTRY, 0, 2024, () -> readPack(Transfers.READER, "[" + TOMBSTONE.replace("\"version\":1", "\"version\":null") + "]"));
        refused(WireProblem.MALFORMED_ENTRY, 0, 2024, () -> readPack(Transfers.READER, "[" + TOMBSTONE.replace("\"blob\":\"BCJNGGBAggAAAAA=\"", "\"blob\":11") + "]"));
        refused(WireProblem.MALFORMED_ENTRY, 0, null, () -> readPack(Transfers.READER, "[" + TOMBSTONE.replace("2024}", "2024.5}") + "]"));
        refused(WireProblem.MALFORMED_ENTRY, 1, null, () -> readPack(Transfers.READER, "[" + TOMBSTONE + ",\"blob\"]"));
    }

    @Test
    void packNotAnArrayOrNotJson() {
        refused(WireProblem.MALFORMED_BODY, SyncWireException.NO_ENTRY, null, () -> readPack(Transfers.READER, "{\"detail\":\"Method \\\"POST\\\" not allowed.\"}"));
        refused(WireProblem.MALFORMED_JSON, SyncWireException.NO_ENTRY, null, () -> readPack(Transfers.READER, "[] []"));
        refused(WireProblem.MALFORMED_JSON, SyncWireException.NO_ENTRY, null, () -> readPack(Transfers.READER, "[" + TOMBSTONE + ",{\"blob\""));
        refused(WireProblem.MALFORMED_JSON, SyncWireException.NO_ENTRY, null, () -> readPack(Transfers.READER, "<h1>Server Error (500)</h1>"));
        refused(WireProblem.MALFORMED_JSON, SyncWireException.NO_ENTRY, null, () -> readPack(Transfers.READER, ""));
    }

    @Test
    void packRequestsOverTheCapOrMalformed() {
        String two = "[{\"attrs\":{\"version\":1},\"chunk_index\":2024},{\"attrs\":{\"version\":1},\"chunk_index\":2025}]";
        refusedRequest(WireProblem.TOO_MANY_ENTRIES, 1, null, () -> new PackRequestReader(1).read(body(two)));
        assertEquals(2, new PackRequestReader(2).read(body(two)).size());
        refusedRequest(WireProblem.MALFORMED_ENTRY, 0, null, () -> new PackRequestReader(5).read(body("[{\"attrs\":{\"version\":1}}]")));
        refusedRequest(WireProblem.MALFORMED_ENTRY, 0, null, () -> new PackRequestReader(5).read(body("[{\"attrs\":{},\"chunk_index\":\"abc\"}]")));
        refusedRequest(WireProblem.MALFORMED_ENTRY, 0, 2025, () -> new PackRequestReader(5).read(body("[{\"attrs\":[1],\"chunk_index\":2025}]")));
        refusedRequest(WireProblem.MALFORMED_ENTRY, 0, 2025,
                () -> new PackRequestReader(5).read(body("[{\"attrs\":{},\"chunk_index\":2025,\"updated_at\":\"yesterday\"}]")));
        refusedRequest(WireProblem.MALFORMED_ENTRY, 0, 2025, () -> new PackRequestReader(5).read(body("[{\"attrs\":{\"v\":{\"x\":1}},\"chunk_index\":2025}]")));
        refusedRequest(WireProblem.MALFORMED_BODY, SyncWireException.NO_ENTRY, null, () -> new PackRequestReader(5).read(body("{\"attrs\":{}}")));
        // capture 29's truncated body
        refusedRequest(WireProblem.MALFORMED_JSON, SyncWireException.NO_ENTRY, null, () -> new PackRequestReader(5).read(body("[{\"attrs\": {\"version\": 1")));
    }

    @Test
    void updatesPagesMalformed() {
        String result = "{\"attrs\":{\"version\":3},\"chunk_index\":2025,\"dtype\":\"float64\",\"start_ts\":\"2024-12-31T23:00:00Z\","
                + "\"updated_at\":\"2026-11-23T23:23:13.409524Z\",\"is_deleted\":false}";
        String page = "{\"count\":2,\"next\":null,\"previous\":null,\"results\":[" + result + ",%s]}";
        refused(WireProblem.MALFORMED_ENTRY, 1, 2025, () -> UpdatesPageReader.read(body(page.formatted(
                result.replace(",\"updated_at\":\"2026-11-23T23:23:13.409524Z\"", ""))), update -> { }));
        refused(WireProblem.MALFORMED_ENTRY, 1, null, () -> UpdatesPageReader.read(body(page.formatted("[]")), update -> { }));
        refused(WireProblem.MALFORMED_BODY, SyncWireException.NO_ENTRY, null,
                () -> UpdatesPageReader.read(body("{\"count\":0,\"next\":null,\"previous\":null}"), update -> { }));
        refused(WireProblem.MALFORMED_BODY, SyncWireException.NO_ENTRY, null,
                () -> UpdatesPageReader.read(body("{\"count\":-1,\"results\":[]}"), update -> { }));
        refused(WireProblem.MALFORMED_BODY, SyncWireException.NO_ENTRY, null,
                () -> UpdatesPageReader.read(body("{\"count\":0,\"next\":5,\"results\":[]}"), update -> { }));
        refused(WireProblem.MALFORMED_BODY, SyncWireException.NO_ENTRY, null, () -> UpdatesPageReader.read(body("[]"), update -> { }));
    }

    @Test
    void unknownMembersAreSkippedAsTheReferenceIgnoresThem() {
        List<Object> results = new ArrayList<>();
        UpdatesPageHead head = UpdatesPageReader.read(body("{\"extra\":{\"a\":[1,{\"b\":2}]},\"results\":[],\"more\":[[]],\"count\":0}"), results::add);
        assertEquals(new UpdatesPageHead(0, null, null), head);
        assertTrue(results.isEmpty());
    }
}
