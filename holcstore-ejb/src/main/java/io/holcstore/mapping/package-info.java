/**
 * What users declare, and its checks at deployment: the entity superclass {@link io.holcstore.mapping.TimeseriesChunk},
 * the {@link io.holcstore.mapping.ChunkStoreSettings} annotation and its validated record, the schema customizer
 * that names each store's table after its settings and declares its constraint and indexes, and
 * {@link io.holcstore.mapping.StoreMapping}, what the store logic reads of a store entity.
 *
 * <p>The only package that imports EclipseLink; it knows nothing of the store logic built on it.
 */
package io.holcstore.mapping;
