package io.holcstore.store;

import io.holcstore.Culprits;
import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

/** A first write ({@link WriteMode#INSERT}, {@code setManyTs}) found the series already stored; nothing was written. */
public class SeriesAlreadyExistsException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    private final transient SeriesKey key;

    public SeriesAlreadyExistsException(String store, SeriesKey key) {
        super(ErrorKind.SERIES_ALREADY_EXISTS, "store " + store + " already holds a series for " + key
                + "; write it with WriteMode.UPDATE or REPLACE. Nothing was written",
                Culprits.of(SeriesKey.CULPRIT, key));
        this.key = key;
    }

    public SeriesKey key() {
        return key;
    }
}
