/**
 * The sync wire (SPEC 4): the JSON the Python reference's sync server and client exchange, read and written here
 * and nowhere else, so that a Java server answers a Python client and a Java client pulls from a Python server.
 *
 * <p>Three entry shapes, with the reference's snake_case names (kept in {@code WireNames}):
 * <ul>
 * <li>an updates page {@code {"count", "next", "previous", "results": [{"attrs": {...}, "chunk_index", "dtype",
 * "start_ts", "updated_at", "is_deleted"}]}}: {@link io.holcstore.rest.sync.wire.UpdatesPageWriter},
 * {@link io.holcstore.rest.sync.wire.UpdatesPageReader};</li>
 * <li>a pack request {@code [{"attrs": {...}, "chunk_index": n}]}, extra members ignored as the reference does:
 * {@link io.holcstore.rest.sync.wire.PackRequestWriter}, {@link io.holcstore.rest.sync.wire.PackRequestReader};</li>
 * <li>a pack {@code [{"blob": "<base64>", "attrs": {..., "chunk_index": n}, "meta": {"dtype", "start_ts",
 * "is_deleted", "updated_at"}}]}: {@link io.holcstore.rest.sync.wire.PackWriter},
 * {@link io.holcstore.rest.sync.wire.PackReader}.</li>
 * </ul>
 * {@link io.holcstore.rest.sync.wire.ChunkWireAssembler} maps each entry to and from the core's {@code ChunkUpdate},
 * {@code ChunkRef} and {@code ChunkTransfer}; {@link io.holcstore.rest.sync.wire.WireDatetimes} writes datetimes
 * as the reference does. Pages and packs stream through JSON-P, one entry at a time, so a pack of a thousand
 * year chunks never sits whole in memory on either side. A body that is not of its shape is a
 * {@link io.holcstore.rest.sync.wire.SyncWireException} naming the problem, the entry and its chunk index: an
 * answer a client cannot read is the source's failure ({@code upstream_failed}), a request a server refuses the
 * caller's ({@code malformed_body}).
 */
package io.holcstore.rest.sync.wire;
