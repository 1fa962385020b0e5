package io.holcstore.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a store's listing of updates.
 *
 * @param updates the page's updates, in listing order ({@code updated_at}, row id)
 * @param count   how many updates the whole listing holds (from {@code since}, under the filter, committed), for the
 *                wire's {@code count}; read apart from the page, so concurrent writes can make it differ slightly
 * @param next    where the next page starts ({@code listUpdates(..., after)}); empty on the last page
 */
public record UpdatesListing(List<ChunkUpdate> updates, long count, Optional<UpdatePosition> next) {
    public UpdatesListing {
        updates = List.copyOf(updates);
        Objects.requireNonNull(next, "next");
    }
}
