package io.holcstore.store.dialect;

/**
 * What a {@link ChunkDialect} guarantees on its database, so that a store needing more is refused at its first use
 * instead of running silently weaker.
 *
 * @param seriesLocks     writers of one series (writes, deletes, imports) wait for one another until their
 *                        transactions end, including writers creating the same new chunk, which would otherwise
 *                        fail on the unique constraint instead of merging
 * @param losslessListing a listing of updates never lists a row whose stamp is later than a row still to be
 *                        committed, whatever the number of concurrent writers: no committed change is ever skipped by
 *                        a client resuming from what it listed
 */
public record DialectGuarantees(boolean seriesLocks, boolean losslessListing) {
    /** Both guarantees: what a sync store needs. */
    public static final DialectGuarantees ALL = new DialectGuarantees(true, true);
    /** Neither: portable SQL, one writer at a time. */
    public static final DialectGuarantees NONE = new DialectGuarantees(false, false);

    /** Whether a sync store can run on it: it needs both guarantees. */
    public boolean servesSync() {
        return seriesLocks && losslessListing;
    }
}
