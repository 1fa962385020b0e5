/**
 * The example's stores (the domain): {@code DemoStore}, written through the series API and served to sync clients,
 * and {@code DemoMirror}, its replica fed by pulls; each with its one-line {@code @Stateless} bean.
 */
package io.holcstore.example.stores;
