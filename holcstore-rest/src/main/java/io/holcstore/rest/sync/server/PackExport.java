package io.holcstore.rest.sync.server;

import io.holcstore.rest.sync.wire.PackRequestEntry;
import io.holcstore.rest.sync.wire.PackWriter;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.TimeseriesChunkStore;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.OutputStream;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A pack streamed out slice by slice, each chunk reported with the {@code updated_at} its request entry was listed
 * with when it has been rewritten since ({@link #reported}): the store exports {@code sliceSize} chunks per call and each slice is
 * written before the next is read, so the server holds one slice of blobs at a time whatever the pack's size. The
 * first slice is exported by {@link #start} before the response begins, so that a chunk not stored among the first
 * {@code sliceSize} (every chunk of a pack no larger) is answered 404 naming it; one missing from a later slice
 * cuts the pack, which its client then refuses whole ({@link PackWriter}), and is logged.
 */
public final class PackExport implements StreamingOutput {
    private static final Logger LOG = Logger.getLogger(PackExport.class.getName());

    private final TimeseriesChunkStore store;
    private final List<PackRequestEntry> entries;
    private final List<ChunkRef> refs;
    private final int sliceSize;
    /** Dropped once written, so that it is not held beside the next slice. */
    private List<ChunkTransfer> firstSlice;

    private PackExport(TimeseriesChunkStore store, List<PackRequestEntry> entries, List<ChunkRef> refs, int sliceSize,
                       List<ChunkTransfer> firstSlice) {
        this.store = store;
        this.entries = entries;
        this.refs = refs;
        this.sliceSize = sliceSize;
        this.firstSlice = firstSlice;
    }

    /**
     * Exports the first slice of the chunks {@code entries} name now and returns the pack, ready to stream.
     *
     * @throws io.holcstore.store.ChunkNotFoundException naming a chunk of the first slice not stored
     */
    public static PackExport start(TimeseriesChunkStore store, List<PackRequestEntry> entries, int sliceSize) {
        if (sliceSize < 1) {
            throw new IllegalArgumentException("a pack is exported by slices of at least 1 chunk, got " + sliceSize);
        }
        List<ChunkRef> refs = entries.stream().map(PackRequestEntry::ref).toList();
        List<ChunkTransfer> first = refs.isEmpty() ? List.of() : store.exportChunks(refs.subList(0, Math.min(sliceSize, refs.size())));
        return new PackExport(store, entries, refs, sliceSize, first);
    }

    /** The chunk as the pack reports it: as listed, if its entry says when ({@link ChunkTransfer#asListed}). */
    static ChunkTransfer reported(ChunkTransfer chunk, PackRequestEntry entry) {
        return entry.listedUpdatedAt().map(chunk::asListed).orElse(chunk);
    }

    @Override
    public void write(OutputStream output) {
        PackWriter pack = PackWriter.begin(output);
        writeFirstSlice(pack);
        for (int from = sliceSize; from < refs.size(); from += sliceSize) {
            List<ChunkRef> slice = refs.subList(from, Math.min(from + sliceSize, refs.size()));
            try {
                writeSlice(pack, from, store.exportChunks(slice));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "pack of " + refs.size() + " chunks cut after " + from + ": " + e.getMessage(), e);
                throw e;
            }
        }
        pack.end();
    }

    private void writeFirstSlice(PackWriter pack) {
        if (firstSlice == null) {
            throw new IllegalStateException("a pack is streamed once");
        }
        writeSlice(pack, 0, firstSlice);
        firstSlice = null;
    }

    private void writeSlice(PackWriter pack, int from, List<ChunkTransfer> slice) {
        for (int i = 0; i < slice.size(); i++) {
            pack.write(reported(slice.get(i), entries.get(from + i)));
        }
    }
}
