package io.holcstore.store;

import io.holcstore.Culprits;
import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

/** A read of exactly one series whose filter selects several: give more key fields. */
public class AmbiguousSeriesException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    private final transient SeriesKey filter;
    private final long count;

    /**
     * @param store  the store, named in the message
     * @param filter the filter given
     * @param count  how many series it selects (at least 2)
     */
    public AmbiguousSeriesException(String store, SeriesKey filter, long count) {
        super(ErrorKind.AMBIGUOUS_SERIES, "filter " + filter + " selects " + count + " series of store " + store
                + ", not one; give more key fields", Culprits.of(SeriesKey.CULPRIT, filter));
        this.filter = filter;
        this.count = count;
    }

    /** The filter given; null after deserialisation. */
    public SeriesKey filter() {
        return filter;
    }

    /** How many series the filter selects. */
    public long count() {
        return count;
    }
}
