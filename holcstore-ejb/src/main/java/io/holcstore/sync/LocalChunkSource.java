package io.holcstore.sync;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;
import io.holcstore.store.UpdatePosition;
import io.holcstore.store.UpdatesListing;

import java.time.Instant;
import java.util.List;

/**
 * A source over another sync store of the same JVM, each call in a transaction of its own as a server answers each
 * request: replication between two databases of one application, and the in-process twin of a pull over HTTP (the
 * benchmark compares them). Page tokens are the store's listing positions. Not thread-safe when its transactions
 * are not.
 */
public final class LocalChunkSource implements ChunkSource {
    private final TimeseriesChunkStore store;
    private final TransactionRunner transactions;

    /**
     * @param store        the sync store read
     * @param transactions runs each read in a transaction of its own, on the store's side
     */
    public LocalChunkSource(TimeseriesChunkStore store, TransactionRunner transactions) {
        this.store = InvalidArgumentException.requireNonNull(store, "store");
        this.transactions = InvalidArgumentException.requireNonNull(transactions, "transactions");
    }

    @Override
    public UpdatesPage updates(Instant since, SeriesKey filter, int pageSize, String pageToken) {
        UpdatePosition after = pageToken == null ? null : UpdatePosition.parse(pageToken, "pageToken");
        UpdatesListing listing = transactions.inNewTransaction(() -> store.listUpdates(since, filter, pageSize, after));
        return new UpdatesPage(listing.updates(), listing.next().map(UpdatePosition::token));
    }

    @Override
    public List<ChunkTransfer> pack(List<ChunkRef> refs) {
        return transactions.inNewTransaction(() -> store.exportChunks(refs));
    }
}
