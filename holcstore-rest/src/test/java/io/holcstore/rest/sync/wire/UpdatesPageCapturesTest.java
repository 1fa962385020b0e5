package io.holcstore.rest.sync.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.SeriesKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Every {@code /updates/} body captured from the reference decodes, and our writer renders it back. */
class UpdatesPageCapturesTest {

    private record Page(UpdatesPageHead head, List<ChunkUpdate> results) {
    }

    private static Page read(String capture) {
        List<ChunkUpdate> results = new ArrayList<>();
        UpdatesPageHead head = UpdatesPageReader.read(Captures.stream(capture + ".body.json"), results::add);
        return new Page(head, results);
    }

    private static byte[] write(Page page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UpdatesPageWriter writer = UpdatesPageWriter.begin(out, page.head());
        page.results().forEach(writer::write);
        assertEquals(page.results().size(), writer.end());
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01_updates_filter_page1", "02_updates_filter_page2", "03_updates_all", "04_updates_since_exact_Z",
        "05_updates_since_offset_form", "06_updates_since_plus_not_encoded", "07_updates_since_naive_date",
        "08_updates_lookup_filter", "09_updates_special_chars_page1", "10_updates_offset_beyond_count", "11_updates_month15"})
    void decodesAndRendersBackEveryCapturedPage(String capture) {
        Page page = read(capture);
        assertEquals(Captures.body(capture), Captures.json(write(page)), "re-rendered " + capture);
        assertEquals(Captures.body(capture).asJsonObject().getJsonArray("results").size(), page.results().size());
    }

    @Test
    void firstPageOfAFilter() {
        Page page = read("01_updates_filter_page1");
        assertEquals(3, page.head().count());
        assertEquals("http://127.0.0.1:60349/sync/year/updates/?limit=2&offset=2&since=2000-01-01T00%3A00%3A00%2B01%3A00&version=3",
                page.head().next());
        assertTrue(page.head().hasNext());
        assertNull(page.head().previous());
        assertEquals(new ChunkUpdate(SeriesKey.of("version", 3, "kind", "C"), 2025, "float64",
                Instant.parse("2024-12-31T23:00:00Z"), Instant.parse("2026-11-23T23:23:13.409524Z"), false), page.results().get(0));
        ChunkUpdate tombstone = page.results().get(1);
        assertEquals(2023, tombstone.chunkIndex());
        assertTrue(tombstone.deleted());
        assertEquals(Instant.parse("2022-12-31T23:00:00Z"), tombstone.startTs());
    }

    @Test
    void lastPageHasAPreviousAndNoNext() {
        Page page = read("02_updates_filter_page2");
        assertFalse(page.head().hasNext());
        assertEquals("http://127.0.0.1:60349/sync/year/updates/?limit=2&since=2000-01-01T00%3A00%3A00%2B01%3A00&version=3",
                page.head().previous());
        assertEquals(2024, page.results().get(0).chunkIndex());
    }

    @Test
    void wholeListingWithTombstonesOfOneCallSharingTheirUpdatedAt() {
        List<ChunkUpdate> all = read("03_updates_all").results();
        assertEquals(9, all.size());
        assertEquals(all.get(2).updatedAt(), all.get(3).updatedAt());
        assertTrue(all.get(2).deleted() && all.get(3).deleted() && all.get(4).deleted());
        assertEquals(3, all.stream().filter(ChunkUpdate::deleted).count());
        assertEquals(SeriesKey.of("version", 4, "kind", "x y&z=é"), all.get(6).key());
        assertEquals(SeriesKey.of("version", 5, "kind", "profile"), all.get(8).key());
        for (int i = 1; i < all.size(); i++) {
            assertFalse(all.get(i).updatedAt().isBefore(all.get(i - 1).updatedAt()), "ordered by updated_at");
        }
    }

    @Test
    void sinceInclusiveGivesTheSameRowsInBothForms() {
        Page z = read("04_updates_since_exact_Z");
        assertEquals(Instant.parse("2026-11-23T23:23:13.424567Z"), z.results().get(0).updatedAt());
        assertEquals(z, read("05_updates_since_offset_form"));
    }

    @Test
    void specialCharactersInKeysAndLinks() {
        Page page = read("09_updates_special_chars_page1");
        assertEquals("x y&z=é", page.results().get(0).key().get("kind"));
        assertTrue(page.head().next().contains("kind=x+y%26z%3D%C3%A9"));
    }

    @Test
    void offsetBeyondCountIsAnEmptyPageWithAPrevious() {
        Page page = read("10_updates_offset_beyond_count");
        assertEquals(9, page.head().count());
        assertTrue(page.results().isEmpty());
        assertEquals("http://127.0.0.1:60349/sync/year/updates/?limit=2&offset=998&since=2000-01-01T00%3A00%3A00%2B01%3A00",
                page.head().previous());
    }

    @Test
    void monthStoreChunkIndexAndAWholeSecondUpdatedAt() {
        ChunkUpdate update = read("11_updates_month15").results().get(0);
        assertEquals(2025 * 12, update.chunkIndex());
        assertEquals(Instant.parse("2025-06-01T12:00:00Z"), update.updatedAt());
        String written = new String(write(read("11_updates_month15")), StandardCharsets.UTF_8);
        assertTrue(written.contains("\"updated_at\":\"2025-06-01T12:00:00Z\""), written);
    }

    @Test
    void pagesWithoutAttrsAreRenderedByteForByte() {
        // compact, in the reference's member order: identical where no attrs (whose order the reference does not fix) occur
        for (String capture : List.of("06_updates_since_plus_not_encoded", "10_updates_offset_beyond_count")) {
            assertEquals(Captures.text(capture + ".body.json"), new String(write(read(capture)), StandardCharsets.UTF_8));
        }
    }
}
