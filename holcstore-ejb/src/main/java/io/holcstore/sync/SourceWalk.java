package io.holcstore.sync;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.SeriesKey;

import java.time.Instant;
import java.util.List;

/**
 * Walks a source's pages of updates from an instant, by their tokens, and fetches each page's packs of
 * {@code batch} chunks in listing order, checking that each pack holds what it was asked, in that order.
 * Calls the source on the thread that calls {@link #next}.
 */
final class SourceWalk implements PackFeed {
    private final String name;
    private final ChunkSource source;
    private final Instant since;
    private final SeriesKey filter;
    private final int batch;
    private final int pageSize;
    private List<ChunkUpdate> page;
    private int nextInPage;
    private String token;
    /** Whether the page read last was the last of the walk. */
    private boolean walked;

    /** @param name what errors call the pull */
    SourceWalk(String name, ChunkSource source, Instant since, SeriesKey filter, int batch, int pageSize) {
        this.name = name;
        this.source = source;
        this.since = since;
        this.filter = filter;
        this.batch = batch;
        this.pageSize = pageSize;
    }

    @Override
    public FetchedPack next() {
        if (page == null || nextInPage == page.size()) {
            if (walked) {
                return null;
            }
            readPage();
            if (page.isEmpty()) {
                return new FetchedPack(List.of(), List.of(), true); // counted as a page, as any
            }
        }
        List<ChunkUpdate> listed = page.subList(nextInPage, Math.min(nextInPage + batch, page.size()));
        nextInPage += listed.size();
        List<ChunkRef> refs = listed.stream().map(ChunkUpdate::ref).toList();
        List<ChunkTransfer> received = source.pack(refs);
        requireMatching(refs, received);
        return new FetchedPack(listed, received, nextInPage == page.size());
    }

    private void readPage() {
        UpdatesPage read = source.updates(since, filter, pageSize, token);
        String next = read.next().orElse(null);
        if (next != null && next.equals(token)) {
            throw new ChunkSourceException("pull " + name + ": the source gave page token " + next + " twice in a row");
        }
        token = next;
        walked = next == null;
        page = read.updates();
        nextInPage = 0;
    }

    /** A pack must hold the chunks asked, in the order asked: anything else would be imported in the wrong order. */
    private void requireMatching(List<ChunkRef> asked, List<ChunkTransfer> received) {
        if (received == null || received.size() != asked.size()) {
            throw new ChunkSourceException("pull " + name + ": asked a pack of " + asked.size() + " chunks, got "
                    + (received == null ? "none" : received.size()));
        }
        for (int i = 0; i < asked.size(); i++) {
            ChunkRef got = received.get(i) == null ? null : received.get(i).ref();
            if (!asked.get(i).equals(got)) {
                throw new ChunkSourceException("pull " + name + ": chunk " + i + " of a pack is " + got + ", asked " + asked.get(i));
            }
        }
    }

    @Override
    public void close() {
        // nothing held between calls
    }
}
