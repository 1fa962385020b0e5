package io.holcstore.rest.sync.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The page links, compared with the reference's in the captured pages (same requests, same counts). */
class UpdatesLinksTest {
    private static final String SINCE = "2000-01-01T00:00:00+01:00";
    private static final URI REQUEST = URI.create("http://127.0.0.1:60349/sync/year/updates/?since=2000-01-01T00%3A00%3A00%2B01%3A00&limit=2");

    @Test
    void firstPageOfAFilterLinksToTheNextOnly() {
        JsonObject capture = capture("01_updates_filter_page1");
        UpdatesLinks links = new UpdatesLinks(REQUEST, params("since", SINCE, "limit", "2", "version", "3"), 2, 0, 3);
        assertEquals(capture.getString("next"), links.next());
        assertNull(links.previous());
    }

    @Test
    void secondPageLinksBackWithoutOffset() {
        JsonObject capture = capture("02_updates_filter_page2");
        UpdatesLinks links = new UpdatesLinks(REQUEST, params("since", SINCE, "limit", "2", "version", "3", "offset", "2"), 2, 2, 3);
        assertNull(links.next());
        assertEquals(capture.getString("previous"), links.previous());
    }

    @Test
    void valuesAreEncodedAsPythonDoes() {
        JsonObject capture = capture("09_updates_special_chars_page1");
        UpdatesLinks links = new UpdatesLinks(REQUEST, params("since", SINCE, "limit", "1", "kind", "x y&z=é"), 1, 0, 2);
        assertEquals(capture.getString("next"), links.next());
        assertEquals("a%2Ab~c%2Fd+e", UpdatesLinks.quotePlus("a*b~c/d e"));
    }

    @Test
    void anOffsetBeyondTheCountLinksOnlyBack() {
        JsonObject capture = capture("10_updates_offset_beyond_count");
        UpdatesLinks links = new UpdatesLinks(REQUEST, params("since", SINCE, "limit", "2", "offset", "1000"), 2, 1000, 9);
        assertNull(links.next());
        assertEquals(capture.getString("previous"), links.previous());
    }

    @Test
    void theLimitIsWrittenAsReadAndAnOffsetBelowTheLimitGoesBackToTheFirstPage() {
        UpdatesLinks links = new UpdatesLinks(URI.create("https://h:8443/api/sync/demo/updates/?limit=05&since=2025-01-01&offset=3"),
                params("limit", "05", "since", "2025-01-01", "offset", "3"), 5, 3, 20);
        assertEquals("https://h:8443/api/sync/demo/updates/?limit=5&offset=8&since=2025-01-01", links.next());
        assertEquals("https://h:8443/api/sync/demo/updates/?limit=5&since=2025-01-01", links.previous());
        assertNull(new UpdatesLinks(REQUEST, params("limit", "2"), 2, 0, 0).next(), "an empty listing has one page");
    }

    private static Map<String, String> params(String... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    /** A captured page of the reference, from {@code /protocol/}. */
    static JsonObject capture(String name) {
        try (InputStream in = UpdatesLinksTest.class.getResourceAsStream("/protocol/" + name + ".body.json")) {
            if (in == null) {
                throw new IllegalStateException("no capture /protocol/" + name + ".body.json on the test class path");
            }
            JsonValue page = Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8))).readValue();
            return page.asJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
