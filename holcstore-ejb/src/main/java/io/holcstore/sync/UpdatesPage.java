package io.holcstore.sync;

import io.holcstore.store.ChunkUpdate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a source's changes.
 *
 * @param updates the changed chunks of the page, in the source's order
 * @param next    the token of the next page of the same walk; empty on the last page
 */
public record UpdatesPage(List<ChunkUpdate> updates, Optional<String> next) {
    public UpdatesPage {
        updates = List.copyOf(updates);
        Objects.requireNonNull(next, "next");
    }
}
