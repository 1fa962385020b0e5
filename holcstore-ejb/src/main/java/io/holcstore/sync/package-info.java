/**
 * Client side of sync (SPEC 4), without HTTP: {@link io.holcstore.sync.ChunkPuller} replicates what changed in a
 * {@link io.holcstore.sync.ChunkSource} (a server store, read over REST in {@code holcstore-rest}) into a local sync
 * store, one transaction per pack through a {@link io.holcstore.sync.TransactionRunner} the caller supplies, so that
 * a pull killed at any point resumes losing nothing.
 */
package io.holcstore.sync;
