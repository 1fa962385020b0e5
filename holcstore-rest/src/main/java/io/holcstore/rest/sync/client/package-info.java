/**
 * Client side of sync over HTTP (SPEC 4): {@link io.holcstore.rest.sync.client.HttpChunkSource}, a
 * {@link io.holcstore.sync.ChunkSource} reading a sync server's {@code updates/} and {@code pack/} with the JDK's
 * HTTP client, for {@link io.holcstore.sync.ChunkPuller} to pull from, in plain Java SE or for the GET-with-body packs
 * of the Python reference's server; and the rules every transport shares: what a non-2xx answer means
 * ({@link io.holcstore.rest.sync.client.UpstreamAnswers}, the {@link io.holcstore.rest.sync.client.UpstreamException}
 * family naming URL and status) and how 429s are waited out
 * ({@link io.holcstore.rest.sync.client.BusyUpstreamPolicy}). The container transport, over the MicroProfile REST
 * Client with Fault Tolerance, is in {@code io.holcstore.rest.sync.client.mp}.
 */
package io.holcstore.rest.sync.client;
