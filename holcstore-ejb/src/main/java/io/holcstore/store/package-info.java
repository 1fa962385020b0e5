/**
 * What users call: the {@link io.holcstore.store.TimeseriesChunkStore} contract, the values it takes and returns
 * (keys, write modes, chunk references and transfers) and the errors it raises. No implementation here:
 * {@code io.holcstore.store.jdbc} implements it over an EntityManager's connection, {@code io.holcstore.ejb} as
 * container transactions around that.
 */
package io.holcstore.store;
