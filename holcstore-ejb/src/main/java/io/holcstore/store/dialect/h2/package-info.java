/**
 * The H2 dialect of the chunk table access (H2 2.x, the example application's embedded default): series locks
 * and a lossless listing of updates, as on PostgreSQL, with nothing but SQL. Found through
 * {@link io.holcstore.store.dialect.DialectProvider} by {@link java.util.ServiceLoader}.
 *
 * <p><b>How.</b> H2 has no advisory locks, so the locks are rows: {@link io.holcstore.store.dialect.h2.SeriesLockTable}
 * is a small table HoLcStore creates at a store's first use (on a connection of its own), holding one row per
 * (chunk table, hash bucket of series keys). A writer locks the rows of its series' buckets with
 * {@code SELECT ... FOR UPDATE}, in ascending order, before it reads or writes a chunk; H2 releases them when the
 * transaction ends, committed or rolled back, so the same code works under JTA and resource-local transactions
 * alike, with no transaction-end hook. Its stamp is read from the JVM's clock once the locks are held
 * ({@link io.holcstore.store.dialect.h2.StampClock}, which never goes backwards). A listing of updates reads its
 * horizon from that clock first, then locks every bucket row of the table: every write stamped before the horizon
 * held one of them when the horizon was read, so once the listing holds them all, each such write has ended and its
 * rows are visible to the listing's later statements; and every write not yet stamped will read the clock later,
 * so it stamps at or after the horizon. The listing lists only rows stamped before the horizon.
 *
 * <p>The load-curve store's writers lock rows of the same table ({@code H2LoadCurveDialect}), one bucket of their
 * (client, prm) each.
 *
 * <p><b>Costs.</b> A listing's transaction holds the table's bucket rows until it ends, so the writers of that table
 * wait for it: list in short transactions of their own, as the sync server and
 * {@code LocalChunkSource} do. A writer or a listing waits up to 60 seconds for a bucket row (H2's own default is
 * two seconds); the session's lock timeout is set for the locking statements only and restored after. Stamps come
 * from the JVM's clock, so the listing is lossless while every writer of the database runs in one JVM, which is what
 * an embedded H2 is.
 *
 * <p><b>Isolation.</b> Only READ COMMITTED is accepted, for writes and listings alike. READ UNCOMMITTED is refused:
 * a listing would read a rewrite still in flight, stamped after its horizon, in place of the committed row it
 * replaces, and skip that row for good if the rewrite then rolled back. REPEATABLE READ, SNAPSHOT and SERIALIZABLE
 * are refused because their snapshot may be older than the locks.
 */
package io.holcstore.store.dialect.h2;
