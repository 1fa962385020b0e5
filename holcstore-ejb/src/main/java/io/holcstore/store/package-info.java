/**
 * The chunk store: the abstract entity users extend, its settings, and the container-free store logic
 * (JDBC over the EntityManager's connection) that the EJBs, the benchmark and the tests share.
 */
package io.holcstore.store;
