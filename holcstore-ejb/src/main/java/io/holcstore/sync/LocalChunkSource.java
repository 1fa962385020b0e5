package io.holcstore.sync;

import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.PullPosition;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;
import io.holcstore.store.UpdatePosition;
import io.holcstore.store.UpdatesListing;
import io.holcstore.store.jdbc.JpaTimeseriesChunkStore;

import java.time.Instant;
import java.util.List;

/**
 * A source over another sync store of the same JVM, each call in a transaction of its own as a server answers each
 * request: replication between two databases of one application, and the in-process twin of a pull over HTTP (the
 * benchmark compares them). Page tokens are the store's listing positions. Not thread-safe when its transactions
 * are not.
 */
public final class LocalChunkSource implements ChunkSource {
    private final String upstream;
    private final TimeseriesChunkStore store;
    private final TransactionRunner transactions;

    /**
     * A source named {@code local:<table>} after the store's table.
     *
     * @param store        the sync store read
     * @param transactions runs each read in a transaction of its own, on the store's side
     */
    public LocalChunkSource(JpaTimeseriesChunkStore store, TransactionRunner transactions) {
        this("local:" + InvalidArgumentException.requireNonNull(store, "store").mapping().table(), store, transactions);
    }

    /**
     * @param upstream     the source's identity, as {@link #upstream()} gives it: name the store read, and its database
     *                     when stores of the same table are read from several
     * @param store        the sync store read
     * @param transactions runs each read in a transaction of its own, on the store's side
     */
    public LocalChunkSource(String upstream, TimeseriesChunkStore store, TransactionRunner transactions) {
        this.upstream = PullPosition.requireUpstream(upstream);
        this.store = InvalidArgumentException.requireNonNull(store, "store");
        this.transactions = InvalidArgumentException.requireNonNull(transactions, "transactions");
    }

    @Override
    public String upstream() {
        return upstream;
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
