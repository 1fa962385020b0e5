/**
 * The chunk store over JDBC, in the caller's transaction: {@link io.holcstore.store.jdbc.JpaTimeseriesChunkStore}
 * (the store logic: merging, replacing, tombstones, imports), a public type, and the table access under
 * it: the chunk table, the pull positions' table, and the upgrade of both to the current scheme at a store's first
 * use. {@link io.holcstore.store.jdbc.JpaTimeseriesStore} is the same for a store of whole series, one row per series
 * ({@code Timeseries...} classes beside it). What differs between databases sits behind the dialect SPI of {@code io.holcstore.store.dialect}.
 *
 * <p>The load-curve store's face, {@link io.holcstore.store.jdbc.JpaLoadCurveStore}, is public too; its helpers are
 * package-private and prefixed {@code LoadCurve}: its per-unit context and attribute checks, its table's SQL, the
 * combination of versions and the searches for missing data.
 */
package io.holcstore.store.jdbc;
