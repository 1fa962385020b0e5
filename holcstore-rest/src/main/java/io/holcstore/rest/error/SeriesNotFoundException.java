package io.holcstore.rest.error;

import io.holcstore.Culprits;
import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;
import io.holcstore.store.SeriesKey;

/** No value of the requested series is stored in the requested window (or at all). */
public class SeriesNotFoundException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    private final transient SeriesKey key;

    public SeriesNotFoundException(SeriesKey key) {
        super(ErrorKind.SERIES_NOT_FOUND, "no value of series " + key + " is stored in the requested window",
                Culprits.of(SeriesKey.CULPRIT, key));
        this.key = key;
    }

    public SeriesKey key() {
        return key;
    }
}
