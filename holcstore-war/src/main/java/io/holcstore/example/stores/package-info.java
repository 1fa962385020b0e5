/**
 * The example's stores (the domain): {@code DemoStore}, written through the series API and served to sync clients,
 * {@code DemoMirror}, its replica fed by pulls, {@code DemoProfile}, a store of whole series (any instants), and
 * {@code DemoCurve}, a load-curve store; each with its one-line {@code @Stateless} bean.
 */
package io.holcstore.example.stores;
