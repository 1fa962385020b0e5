/**
 * The chunk store over JDBC, in the caller's transaction: {@link io.holcstore.store.jdbc.JpaTimeseriesChunkStore}
 * (the store logic: merging, replacing, tombstones, imports) and the table access under it. What
 * differs between databases sits behind {@link io.holcstore.store.jdbc.ChunkDialect}, chosen once per
 * store; {@link io.holcstore.store.jdbc.PortableDialect} is the SQL every supported database accepts,
 * and database dialects (see {@code io.holcstore.store.jdbc.postgres}) are found by
 * {@link java.util.ServiceLoader}. Types other than the store class are public only for the dialects.
 */
package io.holcstore.store.jdbc;
