/**
 * The mirror's pulls: {@code MirrorPuller} (one pull, through the MicroProfile REST Client and Fault Tolerance
 * source of holcstore-rest), {@code MirrorPullTimer} (every {@code holcstore.demo.pull-interval}),
 * {@code MirrorTransactions} (one transaction per pack) and {@code OwnSyncUrl} (the default upstream, this server's
 * own sync URL).
 */
package io.holcstore.example.pull;
