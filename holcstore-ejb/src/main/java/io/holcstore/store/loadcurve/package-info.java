/**
 * The load-curve store (SPEC 3.3; the reference's {@code Store}): its contract
 * {@link io.holcstore.store.loadcurve.LoadCurveStore}, the entries it reads
 * ({@link io.holcstore.store.loadcurve.LoadCurveEntry}), the immutable option objects of its writes and reads
 * ({@link io.holcstore.store.loadcurve.LoadCurveWrite}, {@link io.holcstore.store.loadcurve.LoadCurveQuery},
 * {@link io.holcstore.store.loadcurve.LoadCurveOrder}, {@link io.holcstore.store.loadcurve.HoleSearch}), and the values
 * of its searches for missing data ({@link io.holcstore.store.loadcurve.TimeRange},
 * {@link io.holcstore.store.loadcurve.MissingGroups}).
 *
 * <p>A package of its own rather than beside the chunk store's types in {@code io.holcstore.store}: a user of this
 * store imports one package and sees only what concerns it. Errors shared by every store (invalid arguments and
 * keys, a search that finds several curves where it needs one) stay in {@code io.holcstore.store}. The
 * implementation over JPA is {@code store.jdbc.JpaLoadCurveStore}.
 */
package io.holcstore.store.loadcurve;
