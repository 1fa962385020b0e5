/** Thin EJB faces of the stores: one container transaction per operation, logic in {@code io.holcstore.store}. */
package io.holcstore.ejb;
