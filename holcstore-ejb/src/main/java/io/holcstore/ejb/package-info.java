/**
 * Thin EJB faces of the stores: one container transaction per operation around the container-free store of
 * {@code io.holcstore.store.jdbc}, which holds the logic.
 */
package io.holcstore.ejb;
