/**
 * The PostgreSQL dialect of the chunk table access: advisory locks on series buckets, stamps from the database's
 * clock with one in-flight mark per transaction and table for lossless listings, custom plans for
 * key lookups, lookups joined with {@code unnest}ed arrays, blobs read in binary, inserts by binary
 * {@code COPY}, and data columns stored {@code EXTERNAL}. Found through
 * {@link io.holcstore.store.dialect.DialectProvider} by {@link java.util.ServiceLoader}.
 *
 * <p>The load-curve store's writers take advisory locks too ({@code PostgresLoadCurveDialect}), in a lock space of
 * their table's own; its table's data column is stored {@code EXTERNAL} and its blobs are read in binary, as the chunk
 * tables' ({@code ExternalBlobs}, {@code PostgresBinary}).
 *
 * <p>The only package that imports the PostgreSQL driver ({@code org.postgresql}); it uses the driver's
 * classes only where plain JDBC has no equivalent (COPY, the binary transfer setting), and falls back to
 * plain JDBC when they are not visible to it.
 */
package io.holcstore.store.dialect.postgres;
