package io.holcstore.sync;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.SeriesKey;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks a source's pages of updates from an instant, by their tokens, and fetches each page's packs of
 * {@code batch} chunks in listing order, checking that each pack holds what it was asked, in that order.
 * Calls the source on the thread that calls {@link #next}.
 *
 * <p>A walk must end: a source whose pages go round in a circle, or stop advancing, would make a pull run forever.
 * So a page token given twice in a walk (any earlier token, not only the last), an empty page that is not the last,
 * or a page whose last update does not move past the walk's last update so far (an older {@code updated_at}, or a
 * chunk already listed at the same one) is a {@link ChunkSourceException}. The chunks listed at the walk's newest
 * {@code updated_at} are remembered to tell: as many as share one instant (a delete tombstones its chunks at one).
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
    /** Every page token the source gave in this walk. */
    private final Set<String> tokens = new HashSet<>();
    /** The newest {@code updated_at} the walk has listed so far; null before the first update. */
    private Instant frontier;
    /** The chunks listed at {@link #frontier}. */
    private final Set<ChunkRef> atFrontier = new HashSet<>();

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
        if (next != null && !tokens.add(next)) {
            throw new ChunkSourceException("pull " + name + ": the source gave page token " + next + " again: its pages go"
                    + " round in a circle");
        }
        requireAdvancing(read.updates(), next);
        token = next;
        walked = next == null;
        page = read.updates();
        nextInPage = 0;
    }

    /** A page must move the walk on: past its last update so far, or be the last page. */
    private void requireAdvancing(List<ChunkUpdate> updates, String next) {
        if (updates.isEmpty()) {
            if (next != null) {
                throw new ChunkSourceException("pull " + name + ": the source gave an empty page with a next page ("
                        + next + "): its pages do not advance");
            }
            return;
        }
        ChunkUpdate last = updates.get(updates.size() - 1);
        if (frontier != null && (last.updatedAt().isBefore(frontier)
                || last.updatedAt().equals(frontier) && atFrontier.contains(last.ref()))) {
            throw new ChunkSourceException("pull " + name + ": the source's page after token " + token + " ends with chunk "
                    + last.chunkIndex() + " of " + last.key() + " at " + last.updatedAt() + ", which does not move past"
                    + " the updates listed before (up to " + frontier + "): its pages do not advance");
        }
        for (ChunkUpdate update : updates) {
            if (frontier == null || update.updatedAt().isAfter(frontier)) {
                frontier = update.updatedAt();
                atFrontier.clear();
            }
            if (update.updatedAt().equals(frontier)) {
                atFrontier.add(update.ref());
            }
        }
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
