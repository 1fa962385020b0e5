package io.holcstore.store;

import io.holcstore.Culprits;
import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

/** A read of one series found none: no value of it is stored (in the requested window), or no series matches the filter. */
public class SeriesNotFoundException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    private final transient SeriesKey key;

    /** No value of series {@code key} is stored in the requested window (or at all). */
    public SeriesNotFoundException(SeriesKey key) {
        super(ErrorKind.SERIES_NOT_FOUND, "no value of series " + key + " is stored in the requested window",
                Culprits.of(SeriesKey.CULPRIT, key));
        this.key = key;
    }

    /** Store {@code store} holds no series matching {@code filter}. */
    public SeriesNotFoundException(String store, SeriesKey filter) {
        super(ErrorKind.SERIES_NOT_FOUND, "store " + store + " holds no series matching " + filter,
                Culprits.of(SeriesKey.CULPRIT, filter));
        this.key = filter;
    }

    /** The key or filter that found nothing; null after deserialisation. */
    public SeriesKey key() {
        return key;
    }
}
