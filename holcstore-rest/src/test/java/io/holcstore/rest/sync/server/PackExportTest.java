package io.holcstore.rest.sync.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.holcstore.rest.OneCallStore;
import io.holcstore.rest.sync.wire.PackRequestEntry;
import io.holcstore.store.ChunkNotFoundException;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** A pack is exported slice by slice, in request order, and a missing chunk of the first slice fails before streaming. */
class PackExportTest {
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void exportsBySlicesInRequestOrder() {
        List<Integer> sliceSizes = new ArrayList<>();
        TimeseriesChunkStore store = store(sliceSizes, -1);
        List<ChunkRef> refs = IntStream.range(0, 7).map(i -> 24300 + (i * 5) % 7).mapToObj(PackExportTest::ref).toList();

        PackExport pack = PackExport.start(store, entries(refs), 3);
        assertEquals(List.of(3), sliceSizes, "the first slice is exported before the response starts");
        JsonArray written = write(pack);

        assertEquals(List.of(3, 3, 1), sliceSizes);
        assertEquals(refs.size(), written.size());
        for (int i = 0; i < refs.size(); i++) {
            int index = refs.get(i).chunkIndex();
            assertEquals(index, written.getJsonObject(i).getJsonObject("attrs").getInt("chunk_index"));
            assertEquals(index % 256, Base64.getDecoder().decode(written.getJsonObject(i).getString("blob"))[0] & 0xFF,
                    "the blob as stored");
        }
    }

    @Test
    void anEmptyRequestIsAnEmptyPackWithoutExport() {
        List<Integer> sliceSizes = new ArrayList<>();
        assertEquals(0, write(PackExport.start(store(sliceSizes, -1), List.of(), 3)).size());
        assertEquals(List.of(), sliceSizes);
    }

    @Test
    void aChunkMissingFromTheFirstSliceFailsBeforeTheResponse() {
        TimeseriesChunkStore store = store(new ArrayList<>(), 24301);
        assertThrows(ChunkNotFoundException.class, () -> PackExport.start(store, entries(List.of(ref(24300), ref(24301))), 3));
    }

    @Test
    void aChunkRewrittenSinceItsListingIsReportedAsListed() {
        Instant listedBefore = AT.minusSeconds(60);
        List<PackRequestEntry> entries = List.of(
                new PackRequestEntry(ref(24300), Optional.of(listedBefore)),
                new PackRequestEntry(ref(24301), Optional.of(AT)),
                new PackRequestEntry(ref(24302), Optional.empty()));

        JsonArray written = write(PackExport.start(store(new ArrayList<>(), -1), entries, 2));

        assertEquals(List.of("2025-12-31T23:59:00Z", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"),
                written.stream().map(v -> v.asJsonObject().getJsonObject("meta").getString("updated_at")).toList(),
                "rewritten since listed: the listed instant; unchanged or not said: the stored one");
        assertEquals(24300 % 256, Base64.getDecoder().decode(written.getJsonObject(0).getString("blob"))[0] & 0xFF,
                "with the data as stored now");
    }

    private static List<PackRequestEntry> entries(List<ChunkRef> refs) {
        return refs.stream().map(ref -> new PackRequestEntry(ref, Optional.empty())).toList();
    }

    private static ChunkRef ref(int chunkIndex) {
        return new ChunkRef(SeriesKey.of("version", 1), chunkIndex);
    }

    private static JsonArray write(PackExport pack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pack.write(out);
        return Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readArray();
    }

    /** A store whose only call is exportChunks: one-byte blobs of the chunk index, {@code missing} not stored. */
    private static TimeseriesChunkStore store(List<Integer> sliceSizes, int missing) {
        return OneCallStore.answering("exportChunks", args -> {
            @SuppressWarnings("unchecked")
            List<ChunkRef> refs = (List<ChunkRef>) args[0];
            sliceSizes.add(refs.size());
            return refs.stream().map(ref -> {
                if (ref.chunkIndex() == missing) {
                    throw new ChunkNotFoundException("test", ref);
                }
                return new ChunkTransfer(ref, "float64", AT, AT, false, new byte[] {(byte) ref.chunkIndex()});
            }).toList();
        });
    }
}
