/**
 * Client side of sync over HTTP (SPEC 4): {@link io.holcstore.rest.sync.client.HttpChunkSource}, a
 * {@link io.holcstore.sync.ChunkSource} reading a sync server's {@code updates/} and {@code pack/} with the JDK's
 * HTTP client, for {@link io.holcstore.sync.ChunkPuller} to pull from, in a container or in plain Java SE.
 */
package io.holcstore.rest.sync.client;
