package io.holcstore.store;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

/**
 * A write ran in a transaction stricter than READ COMMITTED. Writers of one series serialise on a lock,
 * and only READ COMMITTED lets the second see what the first committed once it holds the lock; under a
 * stricter level it would work from a snapshot taken before, and fail or lose the first write. Raised
 * before anything is written.
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
