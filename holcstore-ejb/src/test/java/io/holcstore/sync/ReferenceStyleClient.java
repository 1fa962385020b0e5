package io.holcstore.sync;

import io.holcstore.codec.ChunkEncoding;
import io.holcstore.store.ChunkNotFoundException;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Pulls as the Python reference's client does, for the tests that check our server loses nothing for it either:
 * {@code since} = the newest local {@code updated_at} (inclusive); each page's tombstones first, applied only to the
 * chunks held, with the listed {@code updated_at}; then the page's live chunks in packs, each stored with the
 * {@code updated_at} the pack reports. The pack is answered as our server answers a request of whole update
 * entries ({@link ChunkTransfer#asListed}). Its own algorithm, not ours: what it may lose is what our server makes
 * it lose.
 */
final class ReferenceStyleClient {
    private static final byte[] EMPTY_FRAME = ChunkEncoding.FLOAT64.encode(new double[0]);

    private final ChunkSource server;
    private final TimeseriesChunkStore store;
    private final TransactionRunner transactions;

    ReferenceStyleClient(ChunkSource server, TimeseriesChunkStore store, TransactionRunner transactions) {
        this.server = server;
        this.store = store;
        this.transactions = transactions;
    }

    void pull(int batch, int pageSize) {
        // The reference resumes from the newest stamp it stores; our store keeps the server's stamps as upstream stamps,
        // and pullStart gives the newest of them while the store keeps no pull position (this client keeps none).
        Instant since = transactions.inNewTransaction(() -> store.pullStart(server.upstream(), SeriesKey.all()));
        String token = null;
        do {
            UpdatesPage page = server.updates(since, SeriesKey.all(), pageSize, token);
            page.updates().stream().filter(ChunkUpdate::deleted).forEach(this::deleteIfHeld);
            List<ChunkUpdate> live = page.updates().stream().filter(u -> !u.deleted()).toList();
            for (int from = 0; from < live.size(); from += batch) {
                List<ChunkUpdate> listed = live.subList(from, Math.min(from + batch, live.size()));
                List<ChunkTransfer> received = server.pack(listed.stream().map(ChunkUpdate::ref).toList());
                List<ChunkTransfer> reported = new ArrayList<>(received.size());
                for (int i = 0; i < received.size(); i++) {
                    reported.add(received.get(i).asListed(listed.get(i).updatedAt()));
                }
                transactions.inNewTransaction(() -> store.importChunks(reported));
            }
            token = page.next().orElse(null);
        } while (token != null);
    }

    /** The reference's tombstone: only over a chunk it holds, stamped as listed. */
    private void deleteIfHeld(ChunkUpdate tombstone) {
        ChunkRef ref = tombstone.ref();
        transactions.inNewTransaction(() -> {
            try {
                store.exportChunks(List.of(ref));
            } catch (ChunkNotFoundException notHeld) {
                return 0;
            }
            return store.importChunks(List.of(new ChunkTransfer(ref, tombstone.dtype(), tombstone.startTs(),
                    tombstone.updatedAt(), true, EMPTY_FRAME)));
        });
    }
}
