/**
 * The sync server (SPEC 4): {@link io.holcstore.rest.sync.server.SyncResource}, which an application subclasses to
 * serve one sync store's {@code updates/} and {@code pack/} to the reference's clients and ours (its resource methods
 * in {@link io.holcstore.rest.sync.server.SyncResourceMethods}), over the wire layer of
 * {@code io.holcstore.rest.sync.wire}, within the caps of {@link io.holcstore.rest.sync.server.SyncLimits}.
 */
package io.holcstore.rest.sync.server;
