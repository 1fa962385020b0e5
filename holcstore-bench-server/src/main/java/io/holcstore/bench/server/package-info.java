/**
 * The WAR the benchmark deploys to Payara Micro for {@code http_pull}: a sync resource and a store bean per sync
 * source store of {@code io.holcstore.bench.stores}, under the JAX-RS application {@code /api}.
 */
package io.holcstore.bench.server;
