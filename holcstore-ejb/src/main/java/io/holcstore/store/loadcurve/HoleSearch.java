package io.holcstore.store.loadcurve;

import io.holcstore.store.InvalidArgumentException;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which curves a search for holes looks at and how: the prms (default: every prm of the client the filters select),
 * the margin each hole is widened by on both sides (default none; the reference's {@code freq_margin}), and how the
 * curves are read ({@link LoadCurveQuery}: filters, combinedBy, orderBy, combinedDelay; it must combine versions, so
 * that each prm is one curve). Immutable.
 */
public final class HoleSearch {
    private static final HoleSearch EVERY_PRM = new HoleSearch(null, Duration.ZERO, LoadCurveQuery.combined());

    private final List<String> prms;
    private final Duration margin;
    private final LoadCurveQuery reading;

    private HoleSearch(List<String> prms, Duration margin, LoadCurveQuery reading) {
        this.prms = prms;
        this.margin = margin;
        this.reading = reading;
    }

    /** Every prm of the client, no margin, the default combined read. */
    public static HoleSearch everyPrm() {
        return EVERY_PRM;
    }

    /** The search over these prms only, in this order (a prm given twice is searched once). */
    public HoleSearch prms(Collection<String> names) {
        InvalidArgumentException.requireNonNull(names, "prms");
        names.forEach(name -> InvalidArgumentException.requireNonNull(name, "prms"));
        return new HoleSearch(names.stream().distinct().toList(), margin, reading);
    }

    /**
     * The search widening each hole by {@code freqMargin} on both sides.
     *
     * @throws InvalidArgumentException naming {@code freqMargin} if it is null or negative
     */
    public HoleSearch freqMargin(Duration freqMargin) {
        InvalidArgumentException.requireNonNull(freqMargin, "freqMargin");
        if (freqMargin.isNegative()) {
            throw new InvalidArgumentException("freqMargin", "cannot be negative (got " + freqMargin + ")");
        }
        return new HoleSearch(prms, freqMargin, reading);
    }

    /**
     * The search reading the curves so.
     *
     * @throws InvalidArgumentException naming {@code combinedVersions} if the query does not combine versions
     */
    public HoleSearch reading(LoadCurveQuery query) {
        InvalidArgumentException.requireNonNull(query, "query");
        if (!query.combinedVersions()) {
            throw new InvalidArgumentException("combinedVersions", "must be true for a search of holes: each prm is searched as one curve");
        }
        return new HoleSearch(prms, margin, query);
    }

    /** The prms searched; empty for every prm of the client. */
    public Optional<List<String>> prms() {
        return Optional.ofNullable(prms);
    }

    /** The margin each hole is widened by on both sides. */
    public Duration freqMargin() {
        return margin;
    }

    /** How the curves are read. */
    public LoadCurveQuery reading() {
        return reading;
    }
}
