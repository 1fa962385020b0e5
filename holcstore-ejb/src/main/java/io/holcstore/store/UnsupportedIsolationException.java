package io.holcstore.store;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

/**
 * A write or a listing of updates ran at an isolation level the database does not run as READ COMMITTED. Writers of
 * one series serialise on a lock, and only READ COMMITTED lets the second see what the first committed once it holds
 * the lock; under a stricter level it would work from a snapshot taken before, and fail or lose the first write. A
 * listing reading uncommitted rows could skip a change for good. PostgreSQL runs READ UNCOMMITTED as READ COMMITTED,
 * so it is accepted there; H2 reads uncommitted rows at that level, so it is refused there. Raised before anything is
 * written.
 */
public class UnsupportedIsolationException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    private final String isolationLevel;

    public UnsupportedIsolationException(String store, String isolationLevel) {
        super(ErrorKind.UNSUPPORTED_ISOLATION, "store " + store + " writes need the READ COMMITTED isolation level, but the transaction runs at "
                + isolationLevel.toUpperCase(java.util.Locale.ROOT) + "; set the data source's or transaction's isolation to "
                + "READ COMMITTED. Nothing was written");
        this.isolationLevel = isolationLevel;
    }

    /** The isolation level the transaction ran at. */
    public String isolationLevel() {
        return isolationLevel;
    }
}
