/**
 * The runnable example application, one package per concern: {@code stores} (the stores and their beans),
 * {@code api} (the REST resources), {@code pull} (the mirror's pulls: puller, timer, transactions, upstream URL),
 * {@code security} (who may call what) and {@code observability} (health checks, metrics).
 */
package io.holcstore.example;
