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
import io.holcstore.store.UpdatePosition;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The page links, compared with the reference's in the captured pages (same requests): offsets by position in {@code next}. */
class UpdatesLinksTest {
    private static final String SINCE = "2000-01-01T00:00:00+01:00";
    private static final URI REQUEST = URI.create("http://127.0.0.1:60349/sync/year/updates/?since=2000-01-01T00%3A00%3A00%2B01%3A00&limit=2");

    private static final UpdatePosition LAST_ROW = new UpdatePosition(Instant.parse("2026-11-23T23:08:53.757606Z"), 12);
    /** {@link #LAST_ROW} as a link carries it. */
    private static final String AFTER = "after=2026-11-23T23%3A08%3A53.757606Z%2F12";

    @Test
    void firstPageOfAFilterLinksToTheNextOnlyAsTheReferenceButByPosition() {
        JsonObject capture = capture("01_updates_filter_page1");
        UpdatesLinks links = links(REQUEST, "since", SINCE, "limit", "2", "version", "3");
        // the reference's link with its offset replaced by our position, which sorts first
        String expected = capture.getString("next").replace("?limit=2&offset=2&", "?" + AFTER + "&limit=2&");
        assertEquals(expected, links.next(Optional.of(LAST_ROW)));
        assertNull(links.previous());
    }

    @Test
    void secondPageByOffsetLinksBackWithoutOffset() {
        JsonObject capture = capture("02_updates_filter_page2");
        UpdatesLinks links = links(REQUEST, "since", SINCE, "limit", "2", "version", "3", "offset", "2");
        assertNull(links.next(Optional.empty()));
        assertEquals(capture.getString("previous"), links.previous());
    }

    @Test
    void aPageByPositionLinksToTheNextPositionAndNotBack() {
        UpdatesLinks links = links(REQUEST, "since", SINCE, "limit", "2", "version", "3", "after", "2026-01-01T00:00:00Z/3");
        assertEquals("http://127.0.0.1:60349/sync/year/updates/?" + AFTER + "&limit=2&since=2000-01-01T00%3A00%3A00%2B01%3A00&version=3",
                links.next(Optional.of(LAST_ROW)));
        assertNull(links.previous());
    }

    @Test
    void valuesAreEncodedAsPythonDoes() {
        JsonObject capture = capture("09_updates_special_chars_page1");
        UpdatesLinks links = links(REQUEST, "since", SINCE, "limit", "1", "kind", "x y&z=é");
        String expected = capture.getString("next").replace("?kind=", "?" + AFTER + "&kind=").replace("&offset=1", "");
        assertEquals(expected, links.next(Optional.of(LAST_ROW)));
        assertEquals("a%2Ab~c%2Fd+e", UpdatesLinks.quotePlus("a*b~c/d e"));
    }

    @Test
    void anOffsetBeyondTheCountLinksOnlyBack() {
        JsonObject capture = capture("10_updates_offset_beyond_count");
        UpdatesLinks links = links(REQUEST, "since", SINCE, "limit", "2", "offset", "1000");
        assertNull(links.next(Optional.empty()));
        assertEquals(capture.getString("previous"), links.previous());
    }

    @Test
    void theLimitIsWrittenAsReadAndAnOffsetBelowTheLimitGoesBackToTheFirstPage() {
        UpdatesLinks links = links(URI.create("https://h:8443/api/sync/demo/updates/?limit=05&since=2025-01-01&offset=3"),
                "limit", "05", "since", "2025-01-01", "offset", "3");
        assertEquals("https://h:8443/api/sync/demo/updates/?" + AFTER + "&limit=5&since=2025-01-01", links.next(Optional.of(LAST_ROW)));
        assertEquals("https://h:8443/api/sync/demo/updates/?limit=5&since=2025-01-01", links.previous());
    }

    private static UpdatesLinks links(URI request, String... namesAndValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        params(namesAndValues).forEach((name, value) -> parameters.put(name, List.of(value)));
        return new UpdatesLinks(request, UpdatesQuery.parse(parameters, List.of("kind", "version"), 1000));
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
