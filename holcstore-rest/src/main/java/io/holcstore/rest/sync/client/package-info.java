/**
 * Client side of sync over HTTP (SPEC 4): {@link io.holcstore.rest.sync.client.HttpChunkSource}, a
 * {@link io.holcstore.sync.ChunkSource} reading a sync server's {@code updates/} and {@code pack/} with the JDK's
 * HTTP client, for {@link io.holcstore.sync.ChunkPuller} to pull from, in a container or in plain Java SE.
 *
 * <p>The pieces that keep any sync transport from hanging, flooding or leaking are small and reusable:
 * {@link io.holcstore.rest.sync.client.UpstreamOrigin} (where requests, links and credentials may go),
 * {@link io.holcstore.rest.sync.client.UpstreamHeaders} (credentials sent up front),
 * {@link io.holcstore.rest.sync.client.RetryPolicy} with {@link io.holcstore.rest.sync.client.RetryAfter} (tries,
 * back-off, the 429 budget and its floor, the total time of a request), and
 * {@link io.holcstore.rest.sync.client.SyncHttpClients} (the HTTP/1.1 JDK clients sync needs).
 *
 * <p>What a non-2xx answer means ({@link io.holcstore.rest.sync.client.UpstreamAnswers}, the
 * {@link io.holcstore.rest.sync.client.UpstreamException} family naming URL and status) and how 429s are waited out
 * ({@link io.holcstore.rest.sync.client.BusyUpstreamPolicy}) are shared with the container transport, over the
 * MicroProfile REST Client with Fault Tolerance, in {@code io.holcstore.rest.sync.client.mp}.
 */
package io.holcstore.rest.sync.client;
