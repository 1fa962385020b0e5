package io.holcstore.sync;

import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;

import java.util.List;

/**
 * A pack as received, with the updates it was asked for: the puller imports it, leaving out the chunks rewritten
 * since their listing.
 *
 * @param listed   the updates of the listing the pack was asked for, in listing order
 * @param received the source's chunks, one per listed update, in the same order
 * @param endsPage whether it is the last pack of its page (an empty page gives one empty pack)
 */
record FetchedPack(List<ChunkUpdate> listed, List<ChunkTransfer> received, boolean endsPage) {
}
