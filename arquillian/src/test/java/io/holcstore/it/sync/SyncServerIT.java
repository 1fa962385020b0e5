package io.holcstore.it.sync;

import static io.holcstore.it.support.JsonAnswers.error;
import static io.holcstore.it.support.JsonAnswers.json;
import static io.holcstore.it.support.JsonAnswers.okJson;
import static io.holcstore.it.support.JsonAnswers.query;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.holcstore.codec.ChunkEncoding;
import io.holcstore.it.TestDeployments;
import io.holcstore.it.api.ApiPlainStore;
import io.holcstore.it.api.ApiPlainStoreBean;
import io.holcstore.it.api.ApiSyncStore;
import io.holcstore.it.api.ApiSyncStoreBean;
import io.holcstore.it.api.SyncSeriesResource;
import io.holcstore.it.support.LoopbackHttp;

/**
 * The sync server of holcstore-rest over real HTTP, on Payara Micro against PostgreSQL: {@code SyncResource} bound
 * by subclassing to a sync store ({@code /api/sync/store}, monthly chunks, hourly, Europe/Paris) and, wrongly, to a
 * store without sync ({@code /api/sync/plain}); series written through the series API ({@code /api/stores/sync}).
 * Caps set by MicroProfile Config: pages of at most {@value #MAX_PAGE}, packs of at most {@value #MAX_PACK} chunks
 * (more than one export slice). One deployment for the whole class; each test writes its own {@code kind}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SyncServerIT {
    static final int MAX_PAGE = 60;
    static final int MAX_PACK = 200;
    private static final Pattern WIRE_DATETIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?Z");
    private static final String SINCE_EMPTY = "2000-01-01T00:00:00+01:00";
    /** 2025-01-01T00:00 in Paris: where every test series starts. */
    private static final Instant SERIES_START = Instant.parse("2024-12-31T23:00:00Z");
    private static final int YEAR_HOURS = 8760;
    /** A page captured from the reference's server, filtered on version: the same keys as this test's store. */
    private static final Path REFERENCE_PAGE = Path.of("../holcstore-rest/src/test/resources/protocol/01_updates_filter_page1.body.json");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.war("sync-server")
                .entities(ApiSyncStore.class, ApiPlainStore.class)
                .classes(ApiSyncStoreBean.class, ApiPlainStoreBean.class, SyncSeriesResource.class,
                        SyncStoreSyncResource.class, PlainStoreSyncResource.class)
                .restLibrary()
                .jaxrs()
                .build()
                .addAsResource(new StringAsset("holcstore.sync.max-page-size=" + MAX_PAGE + "\n"
                        + "holcstore.sync.max-pack-chunks=" + MAX_PACK + "\n"), "META-INF/microprofile-config.properties");
    }

    @ArquillianResource
    private URL base;

    private SyncHttp http;

    @BeforeEach
    void client() throws Exception {
        http = new SyncHttp(LoopbackHttp.client(base), base.toURI().resolve("api/"));
    }

    @Test
    void pagesFollowNextAndPacksCarryTheWrittenValues() {
        int versions = 12;
        for (int version = 0; version < versions; version++) {
            writeYear("page", version);
        }
        int chunks = versions * 12;
        URI first = http.resolve("sync/store/updates/?" + query("since", SINCE_EMPTY, "limit", "50", "kind", "page"));

        List<JsonObject> listed = new ArrayList<>();
        List<JsonObject> pages = new ArrayList<>();
        for (URI page = first; page != null; ) {
            JsonObject body = okJson(http.get(page)).asJsonObject();
            pages.add(body);
            assertEquals(chunks, body.getInt("count"));
            body.getJsonArray("results").forEach(result -> listed.add(result.asJsonObject()));
            page = body.isNull("next") ? null : URI.create(body.getString("next"));
            assertTrue(pages.size() <= 3, "three pages of 50, 50, 44");
        }
        assertEquals(List.of(50, 50, 44), pages.stream().map(p -> p.getJsonArray("results").size()).toList());
        String self = first.toString().substring(0, first.toString().indexOf('?'));
        String since = "since=2000-01-01T00%3A00%3A00%2B01%3A00";
        JsonObject lastOfFirst = listed.get(49);
        String after = "after=" + lastOfFirst.getString("updated_at").replace(":", "%3A") + "%2F";
        String next = pages.get(0).getString("next");
        assertTrue(next.startsWith(self + "?" + after) && next.endsWith("&kind=page&limit=50&" + since),
                "sorted, encoded as Python, resuming after the page's last row: " + next);
        assertTrue(pages.get(0).isNull("previous"));
        assertTrue(pages.get(1).isNull("previous"), "a page asked by position does not link back");
        assertTrue(pages.get(2).isNull("next"));

        // Offsets, as the reference pages, are still served, and link back as its pages do.
        JsonObject byOffset = okJson(http.get(http.resolve("sync/store/updates/?"
                + query("since", SINCE_EMPTY, "limit", "50", "kind", "page", "offset", "50")))).asJsonObject();
        assertEquals(pages.get(1).getJsonArray("results"), byOffset.getJsonArray("results"));
        assertEquals(self + "?kind=page&limit=50&" + since, byOffset.getString("previous"), "back to the first: no offset");
        assertTrue(byOffset.getString("next").startsWith(self + "?after="), "next resumes by position whichever way the page was asked");

        Set<String> seen = new HashSet<>();
        String previousUpdate = "";
        for (JsonObject result : listed) {
            assertEquals("page", result.getJsonObject("attrs").getString("kind"));
            assertFalse(result.getBoolean("is_deleted"));
            assertTrue(seen.add(result.getJsonObject("attrs").getInt("version") + "/" + result.getInt("chunk_index")), "listed once");
            Instant updated = Instant.parse(result.getString("updated_at"));
            assertTrue(previousUpdate.isEmpty() || !updated.isBefore(Instant.parse(previousUpdate)), "ordered by updated_at");
            previousUpdate = result.getString("updated_at");
        }
        assertEquals(chunks, seen.size());

        // The pack the reference's client sends: GET, whole update entries; more than one export slice.
        JsonArrayBuilder entries = Json.createArrayBuilder();
        listed.forEach(entries::add);
        JsonArray packed = okJson(http.send("GET", http.resolve("sync/store/pack/"), entries.build().toString())).asJsonArray();
        assertEquals(chunks, packed.size());
        for (int i = 0; i < chunks; i++) {
            JsonObject chunk = packed.getJsonObject(i);
            JsonObject listedEntry = listed.get(i);
            assertEquals(listedEntry.getInt("chunk_index"), chunk.getJsonObject("attrs").getInt("chunk_index"), "request order");
            assertEquals(listedEntry.getString("start_ts"), chunk.getJsonObject("meta").getString("start_ts"));
            assertYearValues(chunk);
        }

        // POST, minimal entries: the same chunks.
        String minimal = "[{\"attrs\": {\"kind\": \"page\", \"version\": 3}, \"chunk_index\": 24305},"
                + " {\"attrs\": {\"version\": \"0\", \"kind\": \"page\"}, \"chunk_index\": \"24300\"}]";
        JsonArray posted = okJson(http.send("POST", http.resolve("sync/store/pack/"), minimal)).asJsonArray();
        assertEquals(List.of(24305, 24300), posted.stream().map(c -> c.asJsonObject().getJsonObject("attrs").getInt("chunk_index")).toList());
        posted.forEach(chunk -> assertYearValues(chunk.asJsonObject()));

        // since is inclusive: from the newest listed, at least that chunk again.
        JsonObject newest = okJson(http.get(http.resolve("sync/store/updates/?"
                + query("since", previousUpdate, "limit", "10", "kind", "page")))).asJsonObject();
        assertTrue(newest.getInt("count") >= 1, newest.toString());

        assertEquals(JsonValue.EMPTY_JSON_ARRAY, okJson(http.get(http.resolve("sync/store/pack/"))));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, okJson(http.send("POST", http.resolve("sync/store/pack/"), "")));
    }

    @Test
    void aTrackedDeleteIsListedAndPackedAsTombstones() {
        assertEquals(204, http.put(http.resolve("stores/sync/series?" + query("version", "1", "kind", "tomb", "mode", "update")),
                "{\"start\": \"2025-01-31T23:00\", \"values\": [1, 2]}").statusCode());
        assertEquals(2, okJson(http.delete(http.resolve("stores/sync/series?" + query("kind", "tomb")))).asJsonObject().getInt("deleted"));

        JsonObject page = okJson(http.get(http.resolve("sync/store/updates/?" + query("since", "2000-01-01", "limit", "10", "kind", "tomb")))).asJsonObject();
        assertEquals(2, page.getInt("count"));
        JsonArray results = page.getJsonArray("results");
        assertEquals(List.of(24300, 24301), results.stream().map(r -> r.asJsonObject().getInt("chunk_index")).sorted().toList());
        results.forEach(r -> assertTrue(r.asJsonObject().getBoolean("is_deleted"), r.toString()));

        JsonArray packed = okJson(http.send("GET", http.resolve("sync/store/pack/"), results.toString())).asJsonArray();
        for (JsonValue chunk : packed) {
            assertTrue(chunk.asJsonObject().getJsonObject("meta").getBoolean("is_deleted"));
            byte[] blob = Base64.getDecoder().decode(chunk.asJsonObject().getString("blob"));
            assertEquals(0, ChunkEncoding.FLOAT64.decode(blob).length, "the frame of an empty buffer");
        }
    }

    @Test
    void badRequestsAreJsonErrorsNamingTheirCulprit() {
        writeYear("errors", 1);
        String updates = "sync/store/updates/?";
        assertEquals("since", error(http.get(http.resolve(updates + query("limit", "2"))), 400, "invalid_argument").getString("argument"));
        assertEquals("since", error(http.get(http.resolve(updates + query("since", "yesterday", "limit", "2"))), 400, "invalid_argument").getString("argument"));
        assertEquals("limit", error(http.get(http.resolve(updates + query("since", SINCE_EMPTY))), 400, "invalid_argument").getString("argument"));
        JsonObject overCap = okJson(http.get(http.resolve(updates + query("since", SINCE_EMPTY, "limit", Integer.toString(MAX_PAGE + 1))))).asJsonObject();
        assertTrue(overCap.getJsonArray("results").size() <= MAX_PAGE, "a limit over the cap is served capped: " + overCap);
        assertTrue(overCap.isNull("next") || overCap.getString("next").contains("limit=" + MAX_PAGE + "&"), overCap.toString());
        assertEquals("offset", error(http.get(http.resolve(updates + query("since", SINCE_EMPTY, "limit", "2", "offset", "-2"))), 400, "invalid_argument").getString("argument"));
        // Ranges: beyond the years a store holds is a 400 naming the parameter (it was an SQL error, a 500), and
        // the largest int limit is served, capped
        assertEquals("since", error(http.get(http.resolve(updates + query("since", "+300000-01-01T00:00:00Z", "limit", "2"))), 400, "invalid_argument").getString("argument"));
        assertEquals("since", error(http.get(http.resolve(updates + query("since", "0000-12-31T23:00:00Z", "limit", "2"))), 400, "invalid_argument").getString("argument"));
        assertEquals("after", error(http.get(http.resolve(updates + query("since", SINCE_EMPTY, "limit", "2", "after", "+300000-01-01T00:00:00Z/1"))), 400, "invalid_argument").getString("argument"));
        assertTrue(okJson(http.get(http.resolve(updates + query("since", SINCE_EMPTY, "limit", Integer.toString(Integer.MAX_VALUE))))).asJsonObject()
                .getJsonArray("results").size() <= MAX_PAGE);
        assertEquals("colour", error(http.get(http.resolve(updates + query("since", SINCE_EMPTY, "limit", "2", "colour", "red"))), 400, "invalid_argument").getString("argument"));
        error(http.get(http.resolve(updates + query("since", SINCE_EMPTY, "limit", "2", "version", "abc"))), 400, "invalid_key");
        error(http.get(http.resolve(updates + query("since", SINCE_EMPTY, "limit", "2", "version__gte", "abc"))), 400, "invalid_key");
        assertEquals("version__regex", error(http.get(http.resolve(updates + query("since", SINCE_EMPTY, "limit", "2", "version__regex", "1"))), 400, "invalid_argument").getString("argument"));
        JsonObject lookedUp = okJson(http.get(http.resolve(updates + query("since", SINCE_EMPTY, "limit", "2", "kind", "errors", "version__in", "1,2")))).asJsonObject();
        assertTrue(lookedUp.getInt("count") > 0, lookedUp.toString());
        assertEquals(0, okJson(http.get(http.resolve(updates + query("since", SINCE_EMPTY, "limit", "2", "kind", "errors", "version__gt", "1")))).asJsonObject().getInt("count"));

        URI pack = http.resolve("sync/store/pack/");
        error(http.send("GET", pack, "[{\"attrs\": {\"kind\": \"errors\", \"version\": 1}, \"chunk_ind"), 400, "malformed_body");
        error(http.send("POST", pack, "{\"attrs\": {\"kind\": \"errors\", \"version\": 1}, \"chunk_index\": 24300}"), 400, "malformed_body");
        error(http.send("POST", pack, "[{\"attrs\": {\"kind\": \"errors\"}}]"), 400, "malformed_body");
        String entry = "{\"attrs\": {\"kind\": \"errors\", \"version\": 1}, \"chunk_index\": 24300}";
        error(http.send("POST", pack, "[" + (entry + ",").repeat(MAX_PACK) + entry + "]"), 400, "malformed_body");
        JsonObject missing = error(http.send("POST", pack, "[" + entry + ", {\"attrs\": {\"kind\": \"errors\", \"version\": 1}, \"chunk_index\": 24400}]"),
                404, "chunk_not_found");
        assertTrue(missing.getString("message").contains("24400"), missing.toString());

        error(http.get(http.resolve("sync/plain/updates/?" + query("since", SINCE_EMPTY, "limit", "2"))), 409, "operation_not_allowed");
        error(http.send("POST", http.resolve("sync/plain/pack/"), "[]"), 409, "operation_not_allowed");
    }

    @Test
    void aPageHasTheReferencesShapeMemberByMember() throws IOException {
        writeYear("shape", 2);
        JsonObject reference = json(Files.readString(REFERENCE_PAGE, StandardCharsets.UTF_8)).asJsonObject();
        String raw = http.get(http.resolve("sync/store/updates/?" + query("since", SINCE_EMPTY, "limit", "2", "kind", "shape"))).body();
        assertTrue(raw.startsWith("{\"count\":12,\"next\":\"http://127.0.0.1:"), "compact, in the reference's order: " + raw);
        JsonObject ours = json(raw).asJsonObject();

        assertEquals(reference.keySet(), ours.keySet());
        assertEquals(reference.get("count").getValueType(), ours.get("count").getValueType());
        assertEquals(reference.get("next").getValueType(), ours.get("next").getValueType());
        assertEquals(reference.get("previous").getValueType(), ours.get("previous").getValueType());
        JsonObject referenceResult = reference.getJsonArray("results").getJsonObject(0);
        JsonObject ourResult = ours.getJsonArray("results").getJsonObject(0);
        assertEquals(referenceResult.keySet(), ourResult.keySet());
        for (String member : referenceResult.keySet()) {
            JsonValue.ValueType expected = referenceResult.get(member).getValueType();
            JsonValue.ValueType actual = ourResult.get(member).getValueType();
            assertTrue(expected == actual || isBoolean(expected) && isBoolean(actual), member + ": " + expected + " vs " + actual);
        }
        JsonObject referenceAttrs = referenceResult.getJsonObject("attrs");
        JsonObject ourAttrs = ourResult.getJsonObject("attrs");
        assertEquals(referenceAttrs.keySet(), ourAttrs.keySet());
        referenceAttrs.keySet().forEach(name -> assertEquals(referenceAttrs.get(name).getValueType(), ourAttrs.get(name).getValueType(), name));
        assertEquals(referenceResult.getString("dtype"), ourResult.getString("dtype"));
        for (String datetime : List.of("start_ts", "updated_at")) {
            assertTrue(WIRE_DATETIME.matcher(referenceResult.getString(datetime)).matches(), referenceResult.getString(datetime));
            assertTrue(WIRE_DATETIME.matcher(ourResult.getString(datetime)).matches(), ourResult.getString(datetime));
        }
        assertEquals("2024-12-31T23:00:00Z", ourResult.getString("start_ts"), "local midnight of the first chunk, in UTC");
    }

    private static boolean isBoolean(JsonValue.ValueType type) {
        return type == JsonValue.ValueType.TRUE || type == JsonValue.ValueType.FALSE;
    }

    /** One year of hourly values from 2025-01-01 Paris, version * 100 000 + the hour's rank: twelve monthly chunks. */
    private void writeYear(String kind, int version) {
        StringBuilder body = new StringBuilder("{\"start\": \"2025-01-01T00:00\", \"values\": [");
        for (int hour = 0; hour < YEAR_HOURS; hour++) {
            body.append(hour == 0 ? "" : ",").append(version * 100_000 + hour);
        }
        body.append("]}");
        URI series = http.resolve("stores/sync/series?" + query("version", Integer.toString(version), "kind", kind, "mode", "update"));
        assertEquals(204, http.put(series, body.toString()).statusCode());
    }

    /** The chunk's blob, decoded from the stored LZ4 frame, holds the values {@link #writeYear} wrote there. */
    private static void assertYearValues(JsonObject chunk) {
        int version = Integer.parseInt(chunk.getJsonObject("attrs").get("version").toString().replace("\"", ""));
        Instant start = Instant.parse(chunk.getJsonObject("meta").getString("start_ts"));
        double[] values = ChunkEncoding.FLOAT64.decode(Base64.getDecoder().decode(chunk.getString("blob")));
        long firstHour = Duration.between(SERIES_START, start).toHours();
        double[] expected = new double[values.length];
        for (int i = 0; i < expected.length; i++) {
            long hour = firstHour + i;
            expected[i] = hour < YEAR_HOURS ? version * 100_000 + hour : Double.NaN;
        }
        assertTrue(values.length >= 28 * 24 - 1, "a month of hours: " + values.length);
        assertArrayEquals(expected, values, chunk.getJsonObject("attrs").toString());
        assertNull(chunk.get("data"), "the blob only");
    }
}
