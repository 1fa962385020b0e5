/**
 * The benchmark program: the reference's load workloads on the stores of {@code io.holcstore.bench.stores}, each
 * figure measured beside the plain-JDBC floor of the same machine, printed one {@code holcstore.<workload>.<figure>}
 * line each (see BENCHMARK.md).
 */
package io.holcstore.bench;
