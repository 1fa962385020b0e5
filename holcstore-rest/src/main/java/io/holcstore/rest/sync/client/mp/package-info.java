/**
 * Pulls in a container (SPEC 4, "Transports"): {@link io.holcstore.rest.sync.client.mp.RestClientChunkSource}, a
 * {@link io.holcstore.sync.ChunkSource} over the MicroProfile REST Client
 * ({@link io.holcstore.rest.sync.client.mp.SyncRestApi}) with MicroProfile Fault Tolerance
 * ({@link io.holcstore.rest.sync.client.mp.GuardedSyncCalls}), configured by MicroProfile Config, reading bodies with
 * the same wire code as the JDK-client source of {@code io.holcstore.rest.sync.client}. An application injects
 * {@link io.holcstore.rest.sync.client.mp.RestClientChunkSources} to get one. Needs a server with MicroProfile REST
 * Client, Fault Tolerance and Config; a Java SE puller uses {@code HttpChunkSource} and never loads this package.
 */
package io.holcstore.rest.sync.client.mp;
