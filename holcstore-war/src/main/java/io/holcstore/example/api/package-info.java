/**
 * The example's REST resources under {@code /api}: {@code stores} (the stores and when each last changed), the series
 * API of each store ({@code stores/demo}, read-only {@code stores/mirror} with its {@code pull}), the load-curve API of {@code DemoCurve}
 * ({@code stores/curves}), and the sync server
 * of {@code DemoStore} ({@code sync/demo}).
 */
package io.holcstore.example.api;
