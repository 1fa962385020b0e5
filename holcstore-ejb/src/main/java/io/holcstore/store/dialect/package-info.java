/**
 * The service-provider interface behind the chunk stores: what differs between databases
 * ({@link io.holcstore.store.dialect.ChunkDialect}, made per store by a
 * {@link io.holcstore.store.dialect.DialectProvider} found with {@link java.util.ServiceLoader}), the
 * table's SQL shape ({@link io.holcstore.store.dialect.ChunkSql}, {@link io.holcstore.store.dialect.ChunkRow}),
 * and {@link io.holcstore.store.dialect.PortableDialect}, the SQL every supported database accepts.
 * Applications never import this package; a dialect for a new database does.
 */
package io.holcstore.store.dialect;
