package io.holcstore.store;

import io.holcstore.HolcStoreException;

/** A first write ({@link WriteMode#INSERT}, {@code setManyTs}) found the series already stored; nothing was written. */
public class SeriesAlreadyExistsException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    private final transient SeriesKey key;

    public SeriesAlreadyExistsException(String store, SeriesKey key) {
        super("store " + store + " already holds a series for " + key
                + "; write it with WriteMode.UPDATE or REPLACE. Nothing was written");
        this.key = key;
    }

    public SeriesKey key() {
        return key;
    }
}
