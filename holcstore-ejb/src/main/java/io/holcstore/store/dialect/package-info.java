/**
 * The service-provider interface behind the chunk stores: what differs between databases
 * ({@link io.holcstore.store.dialect.ChunkDialect}, made per store by a
 * {@link io.holcstore.store.dialect.DialectProvider} found with {@link java.util.ServiceLoader}), the
 * table's SQL shape ({@link io.holcstore.store.dialect.ChunkSql}, {@link io.holcstore.store.dialect.ChunkRow}),
 * what a dialect guarantees ({@link io.holcstore.store.dialect.DialectGuarantees}: a sync store is refused on one
 * without series locks and a lossless listing), the hash buckets series locks are taken on
 * ({@link io.holcstore.store.dialect.SeriesBuckets}), and {@link io.holcstore.store.dialect.PortableDialect}, the SQL
 * every supported database accepts, which guarantees neither (plain stores only). The dialects of PostgreSQL
 * ({@code store.dialect.postgres}) and H2 ({@code store.dialect.h2}) give both.
 * The load-curve store's seam is smaller: {@link io.holcstore.store.dialect.LoadCurveDialect} (writer locks that
 * need no row, the table's preparation, the transfer format of blobs read), made by a {@link io.holcstore.store.dialect.LoadCurveDialectProvider}, with
 * {@link io.holcstore.store.dialect.PortableLoadCurveDialect} as the fallback.
 * Applications never import this package; a dialect for a new database does.
 */
package io.holcstore.store.dialect;
