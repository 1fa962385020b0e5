package io.holcstore.store.jdbc;

import io.holcstore.HolcStoreException;
import io.holcstore.codec.ChunkEncoding;
import io.holcstore.grid.StoreGrid;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.InvalidChunkException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.StampRange;
import io.holcstore.store.dialect.ChunkRow;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The chunks of one import, checked against the store: keys complete and of the right types, chunk
 * indexes within the years the grid holds, starts on the grid, {@code updated_at} within the years 1 to
 * 9999, no chunk twice (all before anything is written); then each blob, as it is written
 * ({@link #writeInto}).
 *
 * <p><b>Stamps.</b> An import is stamped like a local write: the store's clock, read once the series are
 * locked, and marked in flight until it commits, so that a store pulled by others (a mirror in a chain)
 * lists its imports as losslessly as its own writes. Keeping the upstream's stamp instead made a chain lose
 * changes: chunks sharing one upstream stamp reach a mirror in several packs, and those committing after a
 * client of the mirror had read past that stamp were never listed to it. The upstream's stamp is kept
 * beside it ({@code upstream_updated_at}), and tells copies apart: a stored chunk whose upstream stamp is not
 * older than the incoming one is the same copy or a newer one, and is left alone (no rewrite, no new stamp,
 * so chunks listed again cause no churn downstream). A chunk written in this store (no upstream stamp) is
 * overwritten.
 */
final class ChunkImport {
    private final String store;
    private final StoreGrid grid;
    private final Map<ChunkRef, ChunkTransfer> chunks = new LinkedHashMap<>();

    ChunkImport(String store, StoreGrid grid, KeyValidator keys, List<ChunkTransfer> offered) {
        this.store = store;
        this.grid = grid;
        for (ChunkTransfer chunk : offered) {
            InvalidArgumentException.requireNonNull(chunk, "chunk of chunks");
            ChunkTransfer placed = checkPlacement(chunk, keys);
            if (chunks.put(placed.ref(), placed) != null) {
                throw new InvalidChunkException("import holds " + describe(placed.ref()) + " twice");
            }
        }
    }

    private int size() {
        return chunks.size();
    }

    private List<ChunkRef> refs() {
        return List.copyOf(chunks.keySet());
    }

    /** The keys of the series the import touches, each once. */
    private Collection<SeriesKey> seriesKeys() {
        LinkedHashSet<SeriesKey> keys = new LinkedHashSet<>();
        chunks.keySet().forEach(ref -> keys.add(ref.key()));
        return keys;
    }

    /**
     * Writes the import into the table, in the caller's transaction: locks its series (which stamps the call and
     * marks it in flight), then its stored rows, then writes each chunk not already held in this copy or a newer
     * one, checking its blob first.
     *
     * @return the number of chunks written
     */
    int writeInto(ChunkTable table) {
        if (chunks.isEmpty()) {
            return 0;
        }
        table.lockSeriesKeys(seriesKeys());
        Instant stamp = table.stamp();
        Map<ChunkRef, ChunkRow> stored = table.lockRows(refs());
        // Blobs are checked as they are written, so that the server stores one while the next is decoded.
        try (ChunkRowWriter writer = table.writer(size() - stored.size())) {
            for (ChunkTransfer chunk : chunks.values()) {
                ChunkTransfer checked = withCheckedBlob(chunk);
                ChunkRow old = stored.get(checked.ref());
                if (old != null && old.upstreamUpdatedAt() != null && !old.upstreamUpdatedAt().isBefore(checked.updatedAt())) {
                    continue; // this copy or a newer one is held: e.g. listed again, or brought by a racing pull
                }
                ChunkRow row = new ChunkRow(old == null ? null : old.id(), checked.ref().key(), checked.ref().chunkIndex(),
                        checked.dtype(), checked.startTs(), stamp, checked.deleted(), checked.data(), checked.updatedAt());
                if (old == null) {
                    writer.insert(row);
                } else {
                    writer.update(row);
                }
            }
            return writer.written();
        }
    }

    /** The chunk with its key validated, if it starts where its chunk starts on this store's grid. */
    private ChunkTransfer checkPlacement(ChunkTransfer chunk, KeyValidator keys) {
        ChunkRef ref = new ChunkRef(keys.seriesKey(chunk.ref().key(), "key of an imported chunk"), chunk.ref().chunkIndex());
        if (!grid.holdsChunk(ref.chunkIndex())) {
            throw new InvalidChunkException(describe(ref) + ": chunk index " + ref.chunkIndex() + " lies outside the years "
                    + StoreGrid.FIRST_YEAR + " to " + StoreGrid.LAST_YEAR + " a store holds (axis " + grid.axis() + ")");
        }
        Instant expectedStart = grid.chunkStart(ref.chunkIndex());
        if (!chunk.startTs().equals(expectedStart)) {
            throw new InvalidChunkException(describe(ref) + " starts at " + chunk.startTs() + ", but that chunk starts at "
                    + expectedStart + " on this store's grid (" + grid + ")");
        }
        if (!StampRange.holds(chunk.updatedAt())) {
            throw new InvalidChunkException(describe(ref) + " is stamped updated_at " + chunk.updatedAt()
                    + ", outside the years 1 to 9999");
        }
        return new ChunkTransfer(ref, chunk.dtype(), chunk.startTs(), chunk.updatedAt(), chunk.deleted(), chunk.data());
    }

    /**
     * The chunk if its blob decodes, with its dtype, to its chunk's grid length (none for a tombstone).
     * A live chunk may hold fewer values, from its start: the Python reference ends a series' last month
     * 24 absolute hours after its last day starts, so around DST month ends it stores a chunk one hour
     * short, or a 4-point chunk of the next month. Such a chunk is stored as its values, NaN after, so
     * that every stored chunk spans its whole period. Decoding never allocates more than one value beyond
     * the grid length, whatever size a forged frame declares.
     */
    private ChunkTransfer withCheckedBlob(ChunkTransfer chunk) {
        ChunkRef ref = chunk.ref();
        int expected = chunk.deleted() ? 0 : grid.chunkLength(ref.chunkIndex());
        double[] values;
        ChunkEncoding encoding;
        try {
            encoding = ChunkEncoding.forDtype(chunk.dtype());
            values = encoding.decode(chunk.data(), expected + 1);
        } catch (HolcStoreException e) {
            throw new InvalidChunkException(describe(ref) + ": " + e.getMessage() + " (" + capacity(chunk, expected) + ")", e);
        }
        if (values.length > expected) {
            throw new InvalidChunkException(describe(ref) + " holds " + (values.length > expected + 1 ? "more than " : "")
                    + values.length + " values where " + capacity(chunk, expected));
        }
        if (values.length == expected) {
            return chunk;
        }
        double[] padded = Arrays.copyOf(values, expected);
        Arrays.fill(padded, values.length, expected, Double.NaN);
        // stored as float64, whatever its dtype: the NaN padding is a value only float64 holds for every dtype read
        return new ChunkTransfer(ref, ChunkEncoding.FLOAT64.dtype(), chunk.startTs(), chunk.updatedAt(), false,
                ChunkEncoding.FLOAT64.encode(padded));
    }

    private static String capacity(ChunkTransfer chunk, int expected) {
        return chunk.deleted() ? "a tombstone holds none" : "the chunk has " + expected + " grid points";
    }

    private String describe(ChunkRef ref) {
        return "store " + store + ", imported chunk " + ref.chunkIndex() + " of " + ref.key();
    }
}
