/**
 * Client side of sync over HTTP (SPEC 4): {@link io.holcstore.rest.sync.client.HttpChunkSource}, a
 * {@link io.holcstore.sync.ChunkSource} reading a sync server's {@code updates/} and {@code pack/} with the JDK's
 * HTTP client, for {@link io.holcstore.sync.ChunkPuller} to pull from, in a container or in plain Java SE.
 *
 * <p>The rules that keep a sync transport from hanging, flooding or leaking are written once here and used by both
 * transports, this one and the container's (MicroProfile REST Client with Fault Tolerance, in
 * {@code io.holcstore.rest.sync.client.mp}):
 * {@link io.holcstore.rest.sync.client.UpstreamOrigin} (where requests, next links and credentials may go),
 * {@link io.holcstore.rest.sync.client.UpstreamHeaders} (credentials sent up front: token, Basic),
 * {@link io.holcstore.rest.sync.client.BusyUpstreamPolicy} with {@link io.holcstore.rest.sync.client.RetryAfter}
 * (how 429s are waited out: the floor, the budget, the total wait),
 * {@link io.holcstore.rest.sync.client.UpstreamAnswers} (what a failed request is, in the
 * {@link io.holcstore.rest.sync.client.UpstreamException} family naming URL and status),
 * {@link io.holcstore.rest.sync.client.SyncRequests} (page URLs, pages read bounded by their limit, packs, the
 * upstream's identity) and {@link io.holcstore.rest.sync.client.SyncHttpClients} (the HTTP/1.1 JDK clients).
 * {@link io.holcstore.rest.sync.client.RetryPolicy} adds what only the JDK client needs: its tries, back-off and the
 * total time of a request (Fault Tolerance does that in the container).
 */
package io.holcstore.rest.sync.client;
