package io.holcstore.sync;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.SeriesKey;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A source whose pages a test scripts by token (null for the first) and whose packs hold the tombstones asked:
 * a server whose paging misbehaves, without a database.
 */
final class ScriptedPages implements ChunkSource {
    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private final Function<String, UpdatesPage> pages;
    private final AtomicInteger pagesRead = new AtomicInteger();

    ScriptedPages(Function<String, UpdatesPage> pages) {
        this.pages = pages;
    }

    /** A source answering the pages of {@code byToken}; a token it lacks fails the test. */
    static ScriptedPages of(Map<String, UpdatesPage> byToken) {
        return new ScriptedPages(token -> {
            UpdatesPage page = byToken.get(token == null ? "first" : token);
            if (page == null) {
                throw new AssertionError("no page scripted for token " + token);
            }
            return page;
        });
    }

    /** A page of {@code updates} leading to {@code next} (null: the last page). */
    static UpdatesPage page(String next, ChunkUpdate... updates) {
        return new UpdatesPage(List.of(updates), Optional.ofNullable(next));
    }

    /** Chunk {@code index} of the one series, updated {@code second} seconds after {@link #START}. */
    static ChunkUpdate update(int index, int second) {
        return new ChunkUpdate(SeriesKey.of("version", 1), index, "float64", START, START.plusSeconds(second), true);
    }

    int pagesRead() {
        return pagesRead.get();
    }

    @Override
    public String upstream() {
        return "scripted:pages";
    }

    @Override
    public UpdatesPage updates(Instant since, SeriesKey filter, int pageSize, String pageToken) {
        pagesRead.incrementAndGet();
        return pages.apply(pageToken);
    }

    @Override
    public List<ChunkTransfer> pack(List<ChunkRef> refs) {
        return refs.stream().map(ref -> new ChunkTransfer(ref, "float64", START, START, true, new byte[0])).toList();
    }
}
