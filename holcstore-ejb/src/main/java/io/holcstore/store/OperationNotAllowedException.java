package io.holcstore.store;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

/**
 * The operation is refused by this store's settings: untracked writes and deletes on a sync store
 * (its clients would never learn of them), or sync operations on a store without sync.
 */
public class OperationNotAllowedException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    public OperationNotAllowedException(String message) {
        super(ErrorKind.OPERATION_NOT_ALLOWED, message);
    }
}
