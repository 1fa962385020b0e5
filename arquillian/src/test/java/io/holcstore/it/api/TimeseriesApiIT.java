package io.holcstore.it.api;

import static io.holcstore.it.api.SeriesApiClient.CSV;
import static io.holcstore.it.api.SeriesApiClient.JSON;
import static io.holcstore.it.api.SeriesApiClient.NDJSON;
import static io.holcstore.it.api.SeriesApiClient.json;
import static io.holcstore.it.api.SeriesApiClient.okJson;
import static io.holcstore.it.api.SeriesApiClient.values;
import static io.holcstore.it.support.JsonAnswers.assertMediaType;
import static io.holcstore.it.support.JsonAnswers.error;
import static io.holcstore.it.support.JsonAnswers.query;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.holcstore.it.TestDeployments;
import io.holcstore.it.support.LoopbackHttp;

/**
 * The HTTP API of a store of whole series ({@code TimeseriesResource}) over real HTTP, on Payara Micro against
 * PostgreSQL: a store bound by subclassing as an application does ({@code /api/stores/profiles}, keys site and version,
 * Europe/Paris), its writes in the three modes, the one-series read and its 404/400, the NDJSON stream, count and
 * delete; every bad request is a 4xx JSON error that leaves the store as it was. One deployment for the class; each
 * test writes under a site of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TimeseriesApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.war("timeseries-api")
                .entities(ApiProfileStore.class)
                .classes(ApiProfileStoreBean.class, ProfileSeriesResource.class)
                .restLibrary()
                .jaxrs()
                .build();
    }

    @ArquillianResource
    private URL base;

    private SeriesApiClient profiles;

    @BeforeEach
    void client() throws Exception {
        assertEquals("/timeseries-api/", base.getPath(), "the deployment's URL: " + base);
        HttpClient http = LoopbackHttp.client(base);
        profiles = new SeriesApiClient(http, base.toURI().resolve("api/").resolve(URI.create("stores/profiles/")));
    }

    private long count(String query) {
        return okJson(profiles.get("count", query, JSON)).getJsonNumber("count").longValue();
    }

    @Test
    void irregularJsonIsWrittenUpdatedReplacedAndReadBack() {
        String key = query("site", "lyon", "version", "1");
        assertEquals(204, profiles.put(key, JSON,
                "{\"index\": [\"2025-01-01T00:00\", \"2025-01-01T00:10\", \"2025-01-01T01:00\"], \"values\": [1, null, 3]}").statusCode());
        JsonObject series = okJson(profiles.get("series", key, JSON));
        assertEquals(json("{\"site\": \"lyon\", \"version\": 1}"), series.getJsonObject("attrs"));
        assertEquals("Europe/Paris", series.getString("zone"));
        assertEquals(List.of("2025-01-01T00:00:00+01:00", "2025-01-01T00:10:00+01:00", "2025-01-01T01:00:00+01:00"),
                series.getJsonArray("index").getValuesAs(jakarta.json.JsonString::getString));
        assertArrayEquals(new double[] {1, Double.NaN, 3}, values(series));

        error(profiles.put(key, JSON, "{\"index\": [\"2025-01-01T00:00\"], \"values\": [9]}"), 409, "series_already_exists");

        assertEquals(204, profiles.put(key + "&mode=update", JSON,
                "{\"start\": \"2025-01-01T00:10\", \"step\": \"PT50M\", \"values\": [2, null, 4]}").statusCode());
        JsonObject updated = okJson(profiles.get("series", key + "&tz=UTC", JSON));
        assertEquals("2024-12-31T23:00:00Z", updated.getJsonArray("index").getString(0));
        assertArrayEquals(new double[] {1, 2, 3, 4}, values(updated), "new values win, NaN keeps the stored, instants unite");

        assertEquals(204, profiles.put(key + "&mode=replace", JSON, "{\"index\": [\"2025-06-01T00:00\"], \"values\": [7]}").statusCode());
        JsonObject replaced = okJson(profiles.get("series", key, JSON));
        assertEquals("2025-06-01T00:00:00+02:00", replaced.getJsonArray("index").getString(0));
        assertArrayEquals(new double[] {7}, values(replaced));
    }

    @Test
    void csvIsWrittenAndReadBackAsTheSameLines() {
        String key = query("site", "csv", "version", "1");
        String lines = "2025-03-30T01:00:00+01:00;1.5\n2025-03-30T03:00:00+02:00;\n2025-03-30T04:00:00+02:00;3.0\n";
        assertEquals(204, profiles.put(key, CSV, lines).statusCode());
        HttpResponse<String> read = profiles.get("series", key, CSV);
        assertEquals(200, read.statusCode());
        assertMediaType(CSV, read);
        assertEquals(lines, read.body());
    }

    @Test
    void aPartialKeyReadsTheOneSeriesItSelectsOrAnswers404Or400() {
        profiles.put(query("site", "partial", "version", "1"), JSON, "{\"index\": [\"2025-01-01T00:00\"], \"values\": [1]}");
        profiles.put(query("site", "partial", "version", "2"), JSON, "{\"index\": [\"2025-01-01T00:00\"], \"values\": [2]}");
        profiles.put(query("site", "partial-solo", "version", "5"), JSON, "{\"index\": [\"2025-01-01T00:00\"], \"values\": [5]}");

        JsonObject solo = okJson(profiles.get("series", query("site", "partial-solo"), JSON));
        assertEquals(5, solo.getJsonObject("attrs").getInt("version"), "the whole key of the one series selected");

        JsonObject ambiguous = error(profiles.get("series", query("site", "partial"), JSON), 400, "ambiguous_series");
        assertEquals(json("{\"site\": \"partial\"}"), ambiguous.getJsonObject("key"));
        error(profiles.get("series", query("site", "nowhere"), JSON), 404, "series_not_found");

        HttpResponse<Stream<String>> many = profiles.getLines(query("site", "partial"));
        assertEquals(200, many.statusCode());
        assertMediaType(NDJSON, many);
        List<Integer> versions = many.body().map(line -> json(line).getJsonObject("attrs").getInt("version")).collect(Collectors.toList());
        assertEquals(List.of(1, 2), versions, "ordered by key");
        assertEquals(2, count(query("site", "partial")));
    }

    @Test
    void deleteRemovesTheMatchingSeriesAndNeedsAKeyField() {
        profiles.put(query("site", "gone", "version", "1"), JSON, "{\"index\": [\"2025-01-01T00:00\"], \"values\": [1]}");
        profiles.put(query("site", "gone", "version", "2"), JSON, "{\"index\": [\"2025-01-01T00:00\"], \"values\": [2]}");
        long before = count("");
        error(profiles.delete(""), 400, "invalid_key");
        assertEquals(before, count(""));
        assertEquals(2, okJson(profiles.delete(query("site", "gone"))).getInt("deleted"));
        assertEquals(0, count(query("site", "gone")));
        assertEquals(before - 2, count(""));
    }

    @Test
    void badRequestsAreTypedErrorsAndWriteNothing() {
        String key = query("site", "bad", "version", "1");
        profiles.put(key, JSON, "{\"index\": [\"2025-01-01T00:00\"], \"values\": [1]}");
        String body = "{\"index\": [\"2025-01-01T00:00\"], \"values\": [99]}";

        assertEquals("colour", error(profiles.put(key + "&colour=red", JSON, body), 400, "invalid_argument").getString("argument"));
        error(profiles.put(query("site", "bad"), JSON, body), 400, "invalid_key");
        assertEquals("version", error(profiles.put(query("site", "bad", "version", "one"), JSON, body), 400, "invalid_key")
                .getString("field"));
        assertEquals("mode", error(profiles.put(key + "&mode=merge", JSON, body), 400, "invalid_argument").getString("argument"));
        error(profiles.put(key + "&mode=update", JSON, "{\"start\": \"2025-01-01T00:00\", \"values\": [1]}"), 400, "malformed_body");
        error(profiles.put(key + "&mode=update", JSON, "{\"index\": [\"2025-01-01T00:00\", \"2025-01-01T00:00\"], \"values\": [1, 2]}"),
                400, "duplicate_timestamp");
        error(profiles.put(key + "&mode=update", JSON, "{\"index\": [\"2025-03-30T02:30\"], \"values\": [1]}"), 400, "invalid_local_time");
        assertEquals("colour", error(profiles.get("series/many", query("colour", "red"), NDJSON), 400, "invalid_argument")
                .getString("argument"));
        // All NaN: accepted and ignored, as the store does.
        assertEquals(204, profiles.put(key + "&mode=replace", JSON, "{\"index\": [\"2025-01-01T00:00\"], \"values\": [null]}").statusCode());

        assertArrayEquals(new double[] {1}, values(okJson(profiles.get("series", key, JSON))), "the stored series is untouched");
        assertEquals(1, count(query("site", "bad")));
    }
}
