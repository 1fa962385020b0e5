package io.holcstore.sync;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.SeriesKey;

import java.time.Instant;
import java.util.List;
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

    /** A source listing {@code updates} in pages of {@code size}, each page's token leading to the next. */
    static ScriptedPages paged(int size, ChunkUpdate... updates) {
        List<ChunkUpdate> all = List.of(updates);
        return new ScriptedPages(token -> {
            int from = token == null ? 0 : Integer.parseInt(token);
            int to = Math.min(from + size, all.size());
            return new UpdatesPage(all.subList(from, to), to < all.size() ? Optional.of(Integer.toString(to)) : Optional.empty());
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
