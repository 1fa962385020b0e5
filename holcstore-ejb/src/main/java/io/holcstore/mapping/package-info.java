/**
 * What users declare, and its checks at deployment: the entity superclass {@link io.holcstore.mapping.TimeseriesChunk},
 * the {@link io.holcstore.mapping.ChunkStoreSettings} annotation and its validated record, the schema customizer
 * that names each store's table after its settings and declares its constraint and indexes, and what the store
 * logic keeps of a store entity for the life of its persistence unit, one job per class:
 * {@link io.holcstore.mapping.StoreMapping} (what the entity declares), {@link io.holcstore.mapping.IdSequence} (row
 * ids), {@link io.holcstore.mapping.OwnConnections} (connections outside the caller's transaction) and
 * {@link io.holcstore.mapping.StoreAttachments} (per-table state of the store logic). Stores of whole series have
 * theirs: {@link io.holcstore.mapping.TimeseriesRecord}, its schema customizer and
 * {@link io.holcstore.mapping.TimeseriesRecordMapping}.
 *
 * <p>The load-curve store has its own entity superclass {@link io.holcstore.mapping.LoadCurve}, schema customizer
 * ({@link io.holcstore.mapping.LoadCurveStoreSchemaCustomizer}) and mapping ({@link io.holcstore.mapping.LoadCurveMapping});
 * its zone is declared with {@link io.holcstore.mapping.StoreZone}.
 *
 * <p>The only package that imports EclipseLink; it knows nothing of the store logic built on it.
 */
package io.holcstore.mapping;
