package io.holcstore.it.api;

import static io.holcstore.it.api.SeriesApiClient.CSV;
import static io.holcstore.it.api.SeriesApiClient.JSON;
import static io.holcstore.it.api.SeriesApiClient.NDJSON;
import static io.holcstore.it.support.JsonAnswers.assertMediaType;
import static io.holcstore.it.support.JsonAnswers.error;
import static io.holcstore.it.api.SeriesApiClient.json;
import static io.holcstore.it.api.SeriesApiClient.okJson;
import static io.holcstore.it.support.JsonAnswers.query;
import static io.holcstore.it.api.SeriesApiClient.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.holcstore.it.TestDeployments;
import io.holcstore.it.support.LoopbackHttp;

/**
 * The series HTTP API of holcstore-rest over real HTTP, on Payara Micro against PostgreSQL: two stores bound by
 * subclassing {@code SeriesResource} as an application does ({@code /api/stores/sync}: hourly, Europe/Paris, sync;
 * {@code /api/stores/plain}: half-hourly, UTC, no sync), the error mappers found by JAX-RS in {@code WEB-INF/lib},
 * and a body cap of {@value #BODY_CAP} bytes set by MicroProfile Config. Every bad request is answered with a 4xx
 * JSON error and leaves both stores exactly as they were. One deployment (one Micro) for the whole class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SeriesApiIT {
    static final int BODY_CAP = 65_536;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.war("series-api")
                .entities(ApiSyncStore.class, ApiPlainStore.class)
                .classes(ApiSyncStoreBean.class, ApiPlainStoreBean.class, SyncSeriesResource.class, PlainSeriesResource.class)
                .restLibrary()
                .jaxrs()
                .build()
                .addAsResource(new StringAsset("holcstore.rest.max-body-bytes=" + BODY_CAP + "\n"),
                        "META-INF/microprofile-config.properties");
    }

    @ArquillianResource
    private URL base;

    private SeriesApiClient sync;
    private SeriesApiClient plain;

    @BeforeEach
    void clients() throws Exception {
        HttpClient http = LoopbackHttp.client(base);
        URI api = base.toURI().resolve("api/");
        sync = new SeriesApiClient(http, api.resolve("stores/sync/"));
        plain = new SeriesApiClient(http, api.resolve("stores/plain/"));
    }

    @Test
    void denseJsonIsWrittenUpdatedReplacedAndReadBackInAnyZone() {
        String key = query("version", "1", "kind", "dense");
        assertEquals(204, sync.put(key + "&mode=update", JSON,
                "{\"start\": \"2025-01-01T00:00\", \"values\": [1.5, null, 3]}").statusCode());

        JsonObject series = okJson(sync.get("series", key, JSON));
        assertEquals(json("{\"kind\": \"dense\", \"version\": 1}"), series.getJsonObject("attrs"));
        assertEquals("2025-01-01T00:00:00+01:00", series.getString("start"));
        assertEquals("PT1H", series.getString("step"));
        assertEquals("Europe/Paris", series.getString("zone"));
        assertArrayEquals(new double[] {1.5, Double.NaN, 3}, values(series));

        JsonObject utc = okJson(sync.get("series", key + "&tz=UTC", JSON));
        assertEquals("2024-12-31T23:00:00Z", utc.getString("start"));
        assertEquals("UTC", utc.getString("zone"));

        // A window from 01:00 Paris (sent with an offset, '+' encoded): leading NaN trimmed.
        JsonObject window = okJson(sync.get("series", key + "&" + query("start", "2025-01-01T01:00+01:00", "end", "2025-01-01T05:00"), JSON));
        assertEquals("2025-01-01T02:00:00+01:00", window.getString("start"));
        assertArrayEquals(new double[] {3}, values(window));

        assertEquals(204, sync.put(key + "&mode=update", JSON, "{\"start\": \"2025-01-01T01:00+01:00\", \"values\": [2]}").statusCode());
        assertArrayEquals(new double[] {1.5, 2, 3}, values(okJson(sync.get("series", key, JSON))));

        assertEquals(204, sync.put(key + "&mode=replace", JSON, "{\"start\": \"2025-01-01T05:00\", \"values\": [7]}").statusCode());
        JsonObject replaced = okJson(sync.get("series", key, JSON));
        assertEquals("2025-01-01T05:00:00+01:00", replaced.getString("start"));
        assertArrayEquals(new double[] {7}, values(replaced));
    }

    @Test
    void insertIsRefusedOnASyncStoreAndForAStoredSeries() {
        JsonObject notAllowed = error(sync.put(query("version", "1", "kind", "insert"), JSON,
                "{\"start\": \"2025-01-01T00:00\", \"values\": [1]}"), 409, "operation_not_allowed");
        assertTrue(notAllowed.getString("message").contains("UPDATE"), notAllowed.toString());

        String key = query("version", "2", "kind", "insert");
        String body = "{\"index\": [\"2025-01-01T00:00Z\", \"2025-01-01T01:30+00:00\", \"2025-01-01T01:00\"], \"values\": [1, 3, 2]}";
        assertEquals(204, plain.put(key, JSON, body).statusCode());
        JsonObject exists = error(plain.put(key + "&mode=insert", JSON, body), 409, "series_already_exists");
        assertEquals(json("{\"kind\": \"insert\", \"version\": 2}"), exists.getJsonObject("key"));

        JsonObject series = okJson(plain.get("series", key, JSON));
        assertEquals("2025-01-01T00:00:00Z", series.getString("start"));
        assertEquals("PT30M", series.getString("step"));
        assertArrayEquals(new double[] {1, Double.NaN, 2, 3}, values(series));
    }

    @Test
    void csvIsWrittenAndReadBackLineByLine() {
        String key = query("version", "3", "kind", "csv");
        String csv = "2025-06-01T00:00Z;1.5\r\n2025-06-01T00:30Z;\n\n2025-06-01T01:00;-2\n";
        assertEquals(204, plain.put(key, "text/csv; charset=UTF-8", csv).statusCode());

        HttpResponse<String> lines = plain.get("series", key, CSV);
        assertEquals(200, lines.statusCode(), lines::body);
        assertMediaType(CSV, lines);
        assertEquals("2025-06-01T00:00:00Z;1.5\n2025-06-01T00:30:00Z;\n2025-06-01T01:00:00Z;-2.0\n", lines.body());

        HttpResponse<String> paris = plain.get("series", key + "&tz=Europe/Paris", CSV);
        assertEquals("2025-06-01T02:00:00+02:00;1.5", paris.body().lines().findFirst().orElseThrow());

        // What GET gives, PUT takes: written back as another series.
        String copy = query("version", "3", "kind", "csv-copy");
        assertEquals(204, plain.put(copy, CSV, lines.body()).statusCode());
        assertEquals(lines.body(), plain.get("series", copy, CSV).body());
    }

    @Test
    void manyStreamsEveryMatchingSeriesAsNdjson() {
        int count = 200;
        StringBuilder week = new StringBuilder("{\"start\": \"2025-03-24T00:00\", \"values\": [");
        for (int h = 0; h < 24 * 7; h++) {
            week.append(h == 0 ? "" : ", ").append(h);
        }
        String body = week.append("]}").toString();
        for (int version = 0; version < count; version++) {
            assertEquals(204, sync.put(query("version", Integer.toString(version), "kind", "many", "mode", "update"), JSON, body).statusCode());
        }
        assertEquals(204, sync.put(query("version", "0", "kind", "other", "mode", "update"), JSON, body).statusCode());

        HttpResponse<Stream<String>> response = sync.getLines(query("kind", "many"));
        assertEquals(200, response.statusCode());
        assertMediaType(NDJSON, response);
        List<String> lines;
        try (Stream<String> stream = response.body()) {
            lines = stream.collect(Collectors.toList());
        }
        assertEquals(count, lines.size());
        for (int version = 0; version < count; version++) {
            JsonObject series = json(lines.get(version));
            assertEquals(json("{\"kind\": \"many\", \"version\": " + version + "}"), series.getJsonObject("attrs"), "ordered by key");
            assertEquals(24 * 7, values(series).length);
            assertEquals("2025-03-24T00:00:00+01:00", series.getString("start"));
        }

        // A window, rendered in UTC, on every series of version 0 (both kinds).
        HttpResponse<Stream<String>> window = sync.getLines(query("version", "0", "start", "2025-03-30T00:00", "end", "2025-03-30T04:00", "tz", "UTC"));
        List<JsonObject> objects;
        try (Stream<String> stream = window.body()) {
            objects = stream.map(SeriesApiClient::json).collect(Collectors.toList());
        }
        assertEquals(List.of("many", "other"), objects.stream().map(o -> o.getJsonObject("attrs").getString("kind")).toList());
        assertEquals("2025-03-29T23:00:00Z", objects.get(0).getString("start"));
        assertEquals(4, values(objects.get(0)).length, "00:00, 01:00, 03:00, 04:00 Paris: 02:00 does not exist");

        HttpResponse<Stream<String>> none = sync.getLines(query("kind", "nothing-stored"));
        assertEquals(200, none.statusCode());
        try (Stream<String> stream = none.body()) {
            assertEquals(0, stream.count());
        }
    }

    @Test
    void exportZipStreamsTheSelectedSeriesAsCsvFilesWithTheirSummary() throws IOException {
        // Over the spring change in Paris: 02:00 does not exist.
        assertEquals(204, sync.put(query("version", "1", "kind", "export", "mode", "update"), JSON,
                "{\"start\": \"2025-03-30T00:00\", \"values\": [1.5, null, 3, 0.1]}").statusCode());
        assertEquals(204, sync.put(query("version", "2", "kind", "export", "mode", "update"), JSON,
                "{\"start\": \"2025-01-01T00:00\", \"values\": [-2]}").statusCode());
        assertEquals(204, sync.put(query("version", "1", "kind", "not-exported", "mode", "update"), JSON,
                "{\"start\": \"2025-01-01T00:00\", \"values\": [9]}").statusCode());

        HttpResponse<byte[]> response = sync.getBytes("export.zip", query("kind", "export"));
        assertEquals(200, response.statusCode());
        assertMediaType("application/zip", response);
        String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.matches("attachment; filename=\"export_sync_\\d{8}T\\d{6}Z\\.zip\""), disposition);

        Map<String, String> files = zipFiles(response.body());
        assertEquals(List.of("export_serie_0.csv", "export_serie_1.csv", "content_summary.csv"), List.copyOf(files.keySet()));
        assertEquals(";data\n2025-03-30T00:00:00+01:00;1.5\n2025-03-30T01:00:00+01:00;\n2025-03-30T03:00:00+02:00;3.0\n"
                + "2025-03-30T04:00:00+02:00;0.1\n", files.get("export_serie_0.csv"));
        assertEquals(";data\n2025-01-01T00:00:00+01:00;-2.0\n", files.get("export_serie_1.csv"));
        assertEquals(";filename;kind;version\n0;export_serie_0.csv;export;1\n1;export_serie_1.csv;export;2\n",
                files.get("content_summary.csv"));

        Map<String, String> utc = zipFiles(sync.getBytes("export.zip", query("kind", "export", "version", "2", "tz", "UTC")).body());
        assertEquals(";data\n2024-12-31T23:00:00+00:00;-2.0\n", utc.get("export_serie_0.csv"));

        HttpResponse<byte[]> none = sync.getBytes("export.zip", query("kind", "nothing-stored"));
        assertEquals(200, none.statusCode(), "an empty selection is an empty export");
        assertEquals(Map.of("content_summary.csv", ";filename;kind;version\n"), zipFiles(none.body()));

        assertEquals("colour", error(sync.get("export.zip", query("colour", "red"), "application/zip"), 400, "invalid_argument")
                .getString("argument"));
        error(sync.get("export.zip", query("version", "ten"), "application/zip"), 400, "invalid_key");
        error(sync.get("export.zip", query("start", "2025-02-01", "end", "2025-01-01"), "application/zip"), 400, "invalid_window");
    }

    @Test
    void aLargeExportIsStreamedNotBufferedIntoOneResponse() throws IOException {
        // A year of hourly values that deflate does not fold, written a week at a time (the deployment caps request
        // bodies): the zip outgrows any response buffer of the server.
        Random random = new Random(16);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        for (int week = 0; week < 53; week++) {
            StringBuilder values = new StringBuilder();
            for (int hour = 0; hour < 168; hour++) {
                values.append(hour == 0 ? "" : ",").append(random.nextDouble());
            }
            assertEquals(204, sync.put(query("version", "1", "kind", "large-export", "mode", "update"), JSON,
                    "{\"start\": \"" + start.plus(Duration.ofHours(168L * week)) + "\", \"values\": [" + values + "]}")
                    .statusCode());
        }

        HttpResponse<byte[]> response = sync.getBytes("export.zip", query("kind", "large-export"));

        assertEquals(200, response.statusCode());
        assertTrue(response.body().length > 64 * 1024, "zip of " + response.body().length + " bytes");
        assertTrue(response.headers().firstValue("Content-Length").isEmpty(), "streamed, not buffered: " + response.headers());
        assertEquals(53 * 168 + 1, zipFiles(response.body()).get("export_serie_0.csv").split("\n").length);
    }

    /** The files of a zip, read back with java.util.zip: name to UTF-8 content, in the zip's order. */
    private static Map<String, String> zipFiles(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void deleteTombstonesOnASyncStoreAndRemovesOtherwise() throws SQLException {
        String dense = "{\"start\": \"2025-01-31T23:00\", \"values\": [1, 2]}";
        assertEquals(204, sync.put(query("version", "5", "kind", "delete", "mode", "update"), JSON, dense).statusCode());
        assertEquals(204, sync.put(query("version", "6", "kind", "delete", "mode", "update"), JSON, dense).statusCode());
        assertEquals(204, plain.put(query("version", "5", "kind", "delete"), JSON, "{\"start\": \"2025-01-01T00:00Z\", \"values\": [1]}").statusCode());

        JsonObject deleted = okJson(sync.delete(query("kind", "delete")));
        assertEquals(4, deleted.getInt("deleted"), "two series of two monthly chunks each");
        error(sync.get("series", query("version", "5", "kind", "delete"), JSON), 404, "series_not_found");
        assertEquals(4, chunkRows("apisyncstore", "delete"), "tombstones stay for sync clients");

        assertEquals(1, okJson(plain.delete(query("version", "5"))).getInt("deleted"));
        assertEquals(0, chunkRows("apiplainstore", "delete"), "removed");
        assertEquals(0, okJson(plain.delete(query("version", "5"))).getInt("deleted"));
    }

    @Test
    void badInputIsA4xxJsonErrorAndWritesNothing() {
        String key = query("version", "9", "kind", "target");
        assertEquals(204, sync.put(key + "&mode=update", JSON, "{\"start\": \"2025-01-01T00:00\", \"values\": [1, 2]}").statusCode());
        assertEquals(204, plain.put(key, JSON, "{\"start\": \"2025-01-01T00:00Z\", \"values\": [1, 2]}").statusCode());
        String before = snapshot();
        String update = key + "&mode=update";

        JsonObject offGrid = error(sync.put(update, JSON, "{\"start\": \"2025-01-01T00:30\", \"values\": [5]}"), 400, "off_grid_timestamp");
        assertEquals("2024-12-31T23:30:00Z", offGrid.getString("timestamp"));
        error(sync.put(update, CSV, "2025-01-01T00:00;5\n2025-01-01T00:10;6\n"), 400, "off_grid_timestamp");
        error(sync.put(update, JSON, "{\"index\": [\"2025-01-01T00:00Z\", \"2025-01-01T00:00Z\"], \"values\": [5, 6]}"), 400, "duplicate_timestamp");
        error(sync.put(update, JSON, "{\"start\": \"0000-06-01T00:00Z\", \"values\": [5]}"), 400, "timestamp_out_of_range");
        JsonObject gap = error(sync.put(update, JSON, "{\"index\": [\"2025-03-30T02:00\"], \"values\": [5]}"), 400, "invalid_local_time");
        assertEquals("2025-03-30T02:00", gap.getString("localTime"));

        assertEquals("versoin", error(sync.put(query("versoin", "9", "kind", "target", "mode", "update"), JSON,
                "{\"start\": \"2025-01-01T00:00\", \"values\": [5]}"), 400, "invalid_argument").getString("argument"));
        error(sync.put(query("kind", "target", "mode", "update"), JSON, "{\"start\": \"2025-01-01T00:00\", \"values\": [5]}"), 400, "invalid_key");
        error(sync.put(query("version", "nine", "kind", "target", "mode", "update"), JSON, "{\"start\": \"2025-01-01T00:00\", \"values\": [5]}"), 400, "invalid_key");
        assertEquals("mode", error(sync.put(key + "&mode=upsert", JSON, "{\"start\": \"2025-01-01T00:00\", \"values\": [5]}"), 400, "invalid_argument").getString("argument"));

        error(sync.put(update, JSON, "{\"start\": \"2025-01-01T00:00\", \"values\": [5, 6"), 400, "malformed_body");
        error(sync.put(update, JSON, "{\"start\": \"2025-01-01T00:00\", \"values\": [5, NaN]}"), 400, "malformed_body");
        error(sync.put(update, JSON, "{\"start\": \"2025-01-01T00:00\", \"values\": [Infinity]}"), 400, "malformed_body");
        error(sync.put(update, JSON, "{\"start\": \"2025-01-01T00:00\", \"values\": [5, \"6\"]}"), 400, "malformed_body");
        error(sync.put(update, JSON, "{\"start\": 20250101, \"values\": [5]}"), 400, "malformed_body");
        error(sync.put(update, JSON, "{\"index\": [\"2025-01-01T00:00\"], \"values\": [5, 6]}"), 400, "malformed_body");
        error(sync.put(update, JSON, ""), 400, "malformed_body");
        error(sync.put(update, CSV, "2025-01-01T00:00;5\n2025-01-01T01:00;NaN\n"), 400, "malformed_body");
        error(sync.put(update, CSV, "2025-01-01T00:00,5\n"), 400, "malformed_body");

        error(sync.put(update, "text/plain", "2025-01-01T00:00;5\n"), 415, "unsupported_media_type");
        error(sync.put(update, "application/xml", "<series/>"), 415, "unsupported_media_type");

        String oversize = "{\"start\": \"2025-01-01T00:00\", \"values\": [" + "5.25, ".repeat(BODY_CAP / 6) + "5]}";
        JsonObject tooLarge = error(sync.put(update, JSON, oversize), 413, "body_too_large");
        assertEquals(BODY_CAP, tooLarge.getInt("limit"));
        assertEquals("holcstore.rest.max-body-bytes", tooLarge.getString("configKey"));
        byte[] bytes = oversize.getBytes(StandardCharsets.UTF_8);
        error(sync.put(update, JSON, BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))), 413, "body_too_large");

        assertEquals(before, snapshot(), "no bad request wrote anything");
        assertArrayEquals(new double[] {1, 2}, values(okJson(sync.get("series", key, JSON))));
    }

    @Test
    void badReadsAreA4xxJsonError() {
        String key = query("version", "10", "kind", "read");
        assertEquals(204, sync.put(key + "&mode=update", JSON, "{\"start\": \"2025-01-01T00:00\", \"values\": [1]}").statusCode());

        JsonObject missing = error(sync.get("series", query("version", "10", "kind", "never-written"), JSON), 404, "series_not_found");
        assertEquals(json("{\"kind\": \"never-written\", \"version\": \"10\"}"), missing.getJsonObject("key"));
        error(sync.get("series", key + "&" + query("start", "2026-01-01"), JSON), 404, "series_not_found");
        error(sync.get("series", key + "&" + query("start", "2025-02-01", "end", "2025-01-01"), JSON), 400, "invalid_window");
        JsonObject gap = error(sync.get("series", key + "&" + query("start", "2025-03-30T02:30"), JSON), 400, "invalid_local_time");
        assertEquals("2025-03-30T02:30", gap.getString("localTime"));
        assertEquals("start", error(sync.get("series", key + "&start=yesterday", JSON), 400, "invalid_argument").getString("argument"));
        assertEquals("tz", error(sync.get("series", key + "&tz=Mars/Olympus", JSON), 400, "invalid_argument").getString("argument"));
        assertEquals("mode", error(sync.get("series", key + "&mode=update", JSON), 400, "invalid_argument").getString("argument"));
        error(sync.get("series", query("kind", "read"), JSON), 400, "invalid_key");
        error(sync.get("series", key, "application/xml"), 406, "not_acceptable");

        error(sync.get("series/many", query("version", "ten"), NDJSON), 400, "invalid_key");
        assertEquals("colour", error(sync.get("series/many", query("colour", "red"), NDJSON), 400, "invalid_argument").getString("argument"));
        error(sync.get("series/many", query("kind", "read"), JSON), 406, "not_acceptable");

        error(sync.delete(""), 400, "invalid_key");
        error(sync.send("POST", "series", key), 405, "method_not_allowed");
        error(sync.get("no-such-path", "", JSON), 404, "not_found");
        assertFalse(okJson(sync.get("series", key, "*/*")).isEmpty(), "JSON unless CSV is asked for");
    }

    /** Both stores' every series, as the API streams them: equal before and after means nothing was written. */
    private String snapshot() {
        StringBuilder all = new StringBuilder();
        for (SeriesApiClient store : List.of(sync, plain)) {
            try (Stream<String> lines = store.getLines("").body()) {
                lines.forEach(line -> all.append(line).append('\n'));
            }
        }
        return all.toString();
    }

    /** Chunk rows (live or tombstones) of a kind in the store's table, read straight from PostgreSQL. */
    private static int chunkRows(String entityPrefix, String kind) throws SQLException {
        try (Connection db = DriverManager.getConnection(TestDeployments.jdbcUrl(), TestDeployments.jdbcUser(), TestDeployments.jdbcPassword())) {
            String table;
            try (PreparedStatement find = db.prepareStatement(
                    "SELECT table_name FROM information_schema.tables WHERE table_name LIKE ? AND table_schema = current_schema()")) {
                find.setString(1, entityPrefix.toLowerCase(Locale.ROOT) + "\\_\\_%");
                try (ResultSet rows = find.executeQuery()) {
                    assertTrue(rows.next(), "table of " + entityPrefix);
                    table = rows.getString(1);
                    assertFalse(rows.next(), "one table of " + entityPrefix);
                }
            }
            try (PreparedStatement count = db.prepareStatement("SELECT count(*) FROM \"" + table + "\" WHERE kind = ?")) {
                count.setString(1, kind);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        }
    }
}
