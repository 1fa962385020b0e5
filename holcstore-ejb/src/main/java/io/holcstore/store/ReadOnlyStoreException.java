package io.holcstore.store;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

/**
 * A local write (setTs, setManyTs, delete) reached a store declared a pull target: such a mirror is fed by its pulls
 * only, so that its content stays the copy of its upstreams. Nothing was written.
 */
public class ReadOnlyStoreException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    private final String store;

    public ReadOnlyStoreException(String store, String operation) {
        super(ErrorKind.READ_ONLY_STORE, "store " + store + " is a pull target, fed by its pulls only: it refuses " + operation);
        this.store = store;
    }

    /** The store that refused the write (its entity's simple name). */
    public String store() {
        return store;
    }
}
