package io.holcstore.sync;

import static io.holcstore.sync.ScriptedPages.page;
import static io.holcstore.sync.ScriptedPages.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.store.SeriesKey;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

/** A walk ends: pages that go round in a circle or stop advancing fail it, however the source words its tokens. */
class SourceWalkTest {

    @Test
    void walksPagesThatAdvanceToTheirEnd() {
        ScriptedPages source = ScriptedPages.paged(2, update(1, 1), update(2, 2), update(3, 2), update(4, 3), update(1, 4));

        assertEquals(5, drain(walk(source)));
        assertEquals(3, source.pagesRead());
    }

    @Test
    void pagesCyclingBetweenTwoTokensFailTheWalk() {
        // first -> A -> B -> A -> B ...: never the same token twice in a row (bounded at 100 pages for the test)
        AtomicInteger calls = new AtomicInteger();
        ScriptedPages source = new ScriptedPages(token -> {
            int call = calls.incrementAndGet();
            return call > 100 ? page(null) : page("A".equals(token) ? "B" : "A", update(call, call));
        });

        ChunkSourceException e = assertThrows(ChunkSourceException.class, () -> drain(walk(source)));

        assertTrue(e.getMessage().contains("the source gave page token A again: its pages go round in a circle"),
                e.getMessage());
        assertEquals(3, source.pagesRead());
    }

    @Test
    void freshTokensOverTheSamePageFailTheWalk() {
        ScriptedPages source = new ScriptedPages(token -> {
            int n = token == null ? 0 : Integer.parseInt(token);
            return page(n >= 100 ? null : Integer.toString(n + 1), update(1, 1), update(2, 1));
        });

        ChunkSourceException e = assertThrows(ChunkSourceException.class, () -> drain(walk(source)));

        assertTrue(e.getMessage().contains("ends with chunk 2 of {version=1} at 2025-01-01T00:00:01Z, which does not move"
                + " past the updates listed before (up to 2025-01-01T00:00:01Z)"), e.getMessage());
        assertEquals(2, source.pagesRead());
    }

    @Test
    void aPageGoingBackInTimeFailsTheWalk() {
        ScriptedPages source = ScriptedPages.paged(2, update(1, 5), update(2, 6), update(3, 4));

        ChunkSourceException e = assertThrows(ChunkSourceException.class, () -> drain(walk(source)));

        assertTrue(e.getMessage().contains("does not move past"), e.getMessage());
    }

    @Test
    void chunksSharingOneInstantAcrossPagesAreFine() {
        ScriptedPages source = ScriptedPages.paged(2, update(1, 1), update(2, 1), update(3, 1), update(4, 1), update(5, 1));

        assertEquals(5, drain(walk(source)));
    }

    @Test
    void anEmptyPageWithANextPageFailsTheWalk() {
        ScriptedPages source = new ScriptedPages(token -> page("t" + (token == null ? 0 : token.length())));

        ChunkSourceException e = assertThrows(ChunkSourceException.class, () -> drain(walk(source)));

        assertTrue(e.getMessage().contains("an empty page with a next page (t0)"), e.getMessage());
        assertEquals(1, source.pagesRead());
    }

    private static SourceWalk walk(ChunkSource source) {
        return new SourceWalk("test", source, ScriptedPages.START, SeriesKey.all(), 2, 2);
    }

    /** Reads the walk to its end; the number of chunks it fetched. */
    private static int drain(SourceWalk walk) {
        int chunks = 0;
        for (FetchedPack pack = walk.next(); pack != null; pack = walk.next()) {
            chunks += pack.received().size();
        }
        assertNull(walk.next());
        return chunks;
    }
}
