/**
 * What users call: the {@link io.holcstore.store.TimeseriesChunkStore} contract, the values it takes and returns
 * (keys, write modes, chunk references and transfers) and the errors it raises; likewise the
 * {@link io.holcstore.store.TimeseriesStore} contract of a store of whole series and its
 * {@link io.holcstore.store.TimeseriesEntry}. No implementation here: {@code io.holcstore.store.jdbc} implements
 * them over an EntityManager's connection, {@code io.holcstore.ejb} as container transactions around that.
 */
package io.holcstore.store;
