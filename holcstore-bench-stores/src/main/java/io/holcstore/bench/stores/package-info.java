/**
 * The benchmark's stores: one plain, one sync source and one sync target per chunk axis, all keyed by
 * {@code version} and {@code kind} ({@link io.holcstore.bench.stores.BenchKeyedChunk}); a store of whole series
 * ({@link io.holcstore.bench.stores.BenchSeriesStore}) and a load-curve store
 * ({@link io.holcstore.bench.stores.BenchCurveStore}). A module of their own, so that the benchmark program and the
 * sync server it deploys for {@code http_pull} map the very same tables.
 */
package io.holcstore.bench.stores;
