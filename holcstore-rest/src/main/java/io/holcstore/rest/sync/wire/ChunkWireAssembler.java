package io.holcstore.rest.sync.wire;

import static io.holcstore.rest.sync.wire.WireNames.ATTRS;
import static io.holcstore.rest.sync.wire.WireNames.BLOB;
import static io.holcstore.rest.sync.wire.WireNames.CHUNK_INDEX;
import static io.holcstore.rest.sync.wire.WireNames.DTYPE;
import static io.holcstore.rest.sync.wire.WireNames.IS_DELETED;
import static io.holcstore.rest.sync.wire.WireNames.META;
import static io.holcstore.rest.sync.wire.WireNames.START_TS;
import static io.holcstore.rest.sync.wire.WireNames.UPDATED_AT;

import io.holcstore.rest.json.KeyJson;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.SeriesKey;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The one mapping between the core's sync values and the wire entries, both ways: {@link ChunkUpdate} to an
 * updates page result, {@link ChunkRef} to a pack request entry, {@link ChunkTransfer} to a packed chunk, each
 * written straight into the envelope's generator. Attrs
 * are written as the series API writes keys ({@link KeyJson}: numbers as JSON numbers, text as strings) and read
 * whatever their order. Members are written in the reference's order; unknown members are ignored on reading, as
 * the reference ignores them. One entry at a time: the envelopes stream the entries through here.
 */
public final class ChunkWireAssembler {

    private ChunkWireAssembler() {
    }

    /** Writes {@code {"attrs", "chunk_index", "dtype", "start_ts", "updated_at", "is_deleted"}} as the next value of {@code json}. */
    public static void writeUpdateEntry(JsonGenerator json, ChunkUpdate update) {
        json.writeStartObject();
        writeAttrs(json, update.key());
        json.writeEnd()
                .write(CHUNK_INDEX, update.chunkIndex())
                .write(DTYPE, update.dtype())
                .write(START_TS, WireDatetimes.format(update.startTs()))
                .write(UPDATED_AT, WireDatetimes.format(update.updatedAt()))
                .write(IS_DELETED, update.deleted())
                .writeEnd();
    }

    /**
     * The update an updates page result gives.
     *
     * @param position the entry's position in the page, for errors
     * @throws SyncWireException if it lacks a member or holds one of the wrong type
     */
    public static ChunkUpdate update(JsonObject json, int position) {
        WireEntry entry = new WireEntry(json, position);
        return new ChunkUpdate(entry.key(entry.object(ATTRS), null),
                entry.chunkIndex(json, CHUNK_INDEX, CHUNK_INDEX),
                entry.string(json, DTYPE, DTYPE),
                entry.instant(json, START_TS, START_TS),
                entry.instant(json, UPDATED_AT, UPDATED_AT),
                entry.flag(json, IS_DELETED, IS_DELETED));
    }

    /** Writes {@code {"attrs", "chunk_index"}}, all the reference's server reads of a pack request entry, as the next value of {@code json}. */
    public static void writeRefEntry(JsonGenerator json, ChunkRef ref) {
        json.writeStartObject();
        writeAttrs(json, ref.key());
        json.writeEnd().write(CHUNK_INDEX, ref.chunkIndex()).writeEnd();
    }

    /**
     * The chunk a pack request entry names. Other members (the reference's client sends whole update entries) are
     * ignored; a chunk index given as decimal text is taken, as the reference takes it.
     *
     * @throws SyncWireException if it lacks attrs or chunk_index, or holds one of the wrong type
     */
    public static ChunkRef ref(JsonObject json, int position) {
        WireEntry entry = new WireEntry(json, position);
        return new ChunkRef(entry.key(entry.object(ATTRS), null), entry.chunkIndex(json, CHUNK_INDEX, CHUNK_INDEX));
    }

    /**
     * The chunk a pack request entry names and, if the entry has one, its {@code updated_at} (the reference's
     * client sends whole update entries); other members are ignored, as the reference ignores them.
     *
     * @throws SyncWireException if it lacks attrs or chunk_index, or holds one of them or an updated_at of the
     *                           wrong type
     */
    public static PackRequestEntry requestEntry(JsonObject json, int position) {
        WireEntry entry = new WireEntry(json, position);
        Optional<Instant> listed = json.containsKey(UPDATED_AT)
                ? Optional.of(entry.instant(json, UPDATED_AT, UPDATED_AT))
                : Optional.empty();
        return new PackRequestEntry(ref(json, position), listed);
    }

    /**
     * Writes the members of a packed entry but its blob, {@code {"attrs": {<key>, "chunk_index"}, "meta": {"dtype",
     * "start_ts", "is_deleted", "updated_at"}}}, as an object of their own: {@link PackWriter} writes the blob, the
     * stored bytes in base64, before them.
     */
    static void writePackedMembersButBlob(JsonGenerator json, ChunkTransfer chunk) {
        json.writeStartObject();
        writeAttrs(json, chunk.ref().key());
        json.write(CHUNK_INDEX, chunk.ref().chunkIndex())
                .writeEnd()
                .writeStartObject(META)
                .write(DTYPE, chunk.dtype())
                .write(START_TS, WireDatetimes.format(chunk.startTs()))
                .write(IS_DELETED, chunk.deleted())
                .write(UPDATED_AT, WireDatetimes.format(chunk.updatedAt()))
                .writeEnd()
                .writeEnd();
    }

    /** Opens {@code "attrs": {...}} with the key's fields; the caller closes it (after adding to it, for a pack's). */
    private static void writeAttrs(JsonGenerator json, SeriesKey key) {
        json.writeStartObject(ATTRS);
        KeyJson.writeFields(json, key);
    }

    /**
     * The chunk a packed entry carries, its blob decoded from base64 (still the stored LZ4 frame).
     *
     * @param maxBlobBytes the most bytes a decoded blob may hold; checked on the base64 length, before decoding
     * @throws SyncWireException if a member is missing or of the wrong type ({@link WireProblem#MALFORMED_ENTRY}),
     *                           the blob is not base64 ({@link WireProblem#BAD_BASE64}) or decodes to more than
     *                           {@code maxBlobBytes} ({@link WireProblem#BLOB_TOO_LARGE})
     */
    public static ChunkTransfer transfer(JsonObject json, int position, long maxBlobBytes) {
        WireEntry entry = new WireEntry(json, position);
        JsonObject attrs = entry.object(ATTRS);
        ChunkRef ref = new ChunkRef(entry.key(attrs, CHUNK_INDEX), entry.chunkIndex(attrs, CHUNK_INDEX, ATTRS + "." + CHUNK_INDEX));
        JsonObject meta = entry.object(META);
        return new ChunkTransfer(ref,
                entry.string(meta, DTYPE, META + "." + DTYPE),
                entry.instant(meta, START_TS, META + "." + START_TS),
                entry.instant(meta, UPDATED_AT, META + "." + UPDATED_AT),
                entry.flag(meta, IS_DELETED, META + "." + IS_DELETED),
                blob(entry, json, maxBlobBytes));
    }

    private static byte[] blob(WireEntry entry, JsonObject json, long maxBlobBytes) {
        String base64 = entry.string(json, BLOB, BLOB);
        long decodedBytes = decodedLength(base64);
        if (decodedBytes > maxBlobBytes) {
            throw entry.fail(WireProblem.BLOB_TOO_LARGE, "the blob decodes to " + decodedBytes
                    + " bytes, over the cap of " + maxBlobBytes + " bytes per chunk", null);
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw entry.fail(WireProblem.BAD_BASE64, "the blob is not standard base64 (" + e.getMessage() + ")", e);
        }
    }

    /** The bytes {@code base64} decodes to, from its length alone (padded or not). */
    private static long decodedLength(String base64) {
        int length = base64.length();
        int padding = 0;
        while (padding < 2 && length - padding > 0 && base64.charAt(length - padding - 1) == '=') {
            padding++;
        }
        long chars = length - padding;
        return chars / 4 * 3 + Math.max(0, chars % 4 - 1);
    }
}
