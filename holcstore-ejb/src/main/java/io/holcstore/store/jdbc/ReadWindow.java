package io.holcstore.store.jdbc;

import io.holcstore.grid.GridChunks;
import io.holcstore.grid.StoreGrid;
import io.holcstore.series.DenseSeries;
import io.holcstore.store.InvalidWindowException;

import java.time.Instant;
import java.util.NavigableMap;

/**
 * A read window {@code [start, end]} (inclusive; null is open) on a store's grid: the chunk index range
 * to read, and how to cut the joined chunks to it. Bounds beyond the years the grid holds
 * ({@link Instant#MIN}, {@link Instant#MAX}...) read as open on their side, or as an empty window when
 * the whole window lies beyond them.
 */
final class ReadWindow {
    private final StoreGrid grid;
    private final Instant start;
    private final Instant end;
    private final boolean empty;
    final int fromIndex;
    final int toIndex;

    ReadWindow(StoreGrid grid, Instant start, Instant end) {
        if (start != null && end != null && start.isAfter(end)) {
            throw new InvalidWindowException(start, end);
        }
        this.grid = grid;
        this.empty = start != null && !start.isBefore(grid.endInstant()) || end != null && end.isBefore(grid.firstInstant());
        this.start = start == null || empty || start.isBefore(grid.firstInstant()) ? null : start;
        this.end = end == null || empty || !end.isBefore(grid.endInstant()) ? null : end;
        this.fromIndex = this.start == null ? Integer.MIN_VALUE : grid.chunkIndexOf(this.start);
        this.toIndex = empty ? Integer.MIN_VALUE : this.end == null ? Integer.MAX_VALUE : grid.chunkIndexOf(this.end);
    }

    /** Whether no chunk can hold a point of the window. */
    boolean isEmpty() {
        return empty;
    }

    /** The empty series of this window. */
    DenseSeries emptySeries() {
        return DenseSeries.empty(start == null ? Instant.EPOCH : start, grid.step(), grid.zone());
    }

    /** The stored chunks joined (each decoded straight into the result by {@code decoder}), cut to the window. */
    <T> DenseSeries cut(NavigableMap<Integer, T> chunks, GridChunks.ChunkWriter<T> decoder, boolean dropBoundsNa) {
        if (chunks.isEmpty()) {
            return emptySeries();
        }
        DenseSeries series = GridChunks.join(chunks, grid, decoder).slice(start, end);
        return dropBoundsNa ? series.trimNaN() : series;
    }
}
