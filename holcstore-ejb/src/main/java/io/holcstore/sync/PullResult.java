package io.holcstore.sync;

import java.time.Duration;

/**
 * What one pull did.
 *
 * @param fetched live chunks received and imported (an import keeps a newer copy a racing pull stored first, so
 *                under such a race a chunk may be counted by both pulls)
 * @param deleted tombstones imported: every tombstone the source listed, whether or not this store held that chunk
 *                live before (the contract cannot tell cheaply, and storing it is what lets this store's own clients
 *                learn of the deletion)
 * @param pages   pages of updates read
 * @param bytes   blob bytes received in packs, including chunks left for a later listing
 * @param elapsed wall-clock time of the pull
 */
public record PullResult(long fetched, long deleted, long pages, long bytes, Duration elapsed) {
}
