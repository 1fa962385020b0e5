package io.holcstore.store.loadcurve;

import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.SeriesKey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a read returns: combined versions or each stored one, which version, which attribute values, combined by
 * which fields, in which order, and how much of each version's start to drop before combining. Immutable; each
 * {@code with…} method returns a new object; the store checks field names against its fields.
 * <pre>{@code
 * LoadCurveQuery.combined()                                     // one entry per prm: newest version over older ones
 * LoadCurveQuery.versions()                                     // every stored version, newest first
 * LoadCurveQuery.combined().combinedBy("prm", "year").orderBy(LoadCurveOrder.desc("createdAt"))
 * LoadCurveQuery.versions().version(2)
 * }</pre>
 */
public final class LoadCurveQuery {
    private static final List<String> BY_PRM = List.of(LoadCurveFields.PRM);
    private static final List<LoadCurveOrder> NEWEST_FIRST = List.of(LoadCurveOrder.NEWEST_VERSION_FIRST);
    private static final LoadCurveQuery COMBINED = new LoadCurveQuery(true, null, SeriesKey.all(), BY_PRM, NEWEST_FIRST, Duration.ZERO);

    private final boolean combinedVersions;
    private final Integer version;
    private final SeriesKey filters;
    private final List<String> combinedBy;
    private final List<LoadCurveOrder> orderBy;
    private final Duration combinedDelay;

    private LoadCurveQuery(boolean combinedVersions, Integer version, SeriesKey filters, List<String> combinedBy,
                           List<LoadCurveOrder> orderBy, Duration combinedDelay) {
        this.combinedVersions = combinedVersions;
        this.version = version;
        this.filters = filters;
        this.combinedBy = combinedBy;
        this.orderBy = orderBy;
        this.combinedDelay = combinedDelay;
    }

    /** The default read: one entry per prm, its newest version with older ones filling its gaps. */
    public static LoadCurveQuery combined() {
        return COMBINED;
    }

    /** Every stored version as its own entry, newest version first. */
    public static LoadCurveQuery versions() {
        return COMBINED.combinedVersions(false);
    }

    /** This query combining versions or not. */
    public LoadCurveQuery combinedVersions(boolean combine) {
        return new LoadCurveQuery(combine, version, filters, combinedBy, orderBy, combinedDelay);
    }

    /**
     * This query reading only rows of this version number.
     *
     * @throws InvalidArgumentException naming {@code version} if it is negative
     */
    public LoadCurveQuery version(int number) {
        if (number < 0) {
            throw new InvalidArgumentException("version", "cannot be negative (got " + number + ")");
        }
        return new LoadCurveQuery(combinedVersions, number, filters, combinedBy, orderBy, combinedDelay);
    }

    /** This query reading every version number. */
    public LoadCurveQuery anyVersion() {
        return new LoadCurveQuery(combinedVersions, null, filters, combinedBy, orderBy, combinedDelay);
    }

    /** This query reading only rows with these attribute values. */
    public LoadCurveQuery filters(SeriesKey values) {
        return new LoadCurveQuery(combinedVersions, version, InvalidArgumentException.requireNonNull(values, "filters"), combinedBy,
                orderBy, combinedDelay);
    }

    /**
     * This query combining the versions that share the values of these fields (default {@code prm}).
     *
     * @throws InvalidArgumentException naming {@code combinedBy} if a field is null
     */
    public LoadCurveQuery combinedBy(String field, String... more) {
        return combinedBy(atLeastOne(field, more, "combinedBy"));
    }

    /**
     * As {@link #combinedBy(String, String...)}.
     *
     * @throws InvalidArgumentException naming {@code combinedBy} if no field, or a null one, is given
     */
    public LoadCurveQuery combinedBy(Collection<String> fields) {
        List<String> names = nonEmpty(fields, "combinedBy");
        return new LoadCurveQuery(combinedVersions, version, filters, names.stream().distinct().toList(), orderBy, combinedDelay);
    }

    /**
     * This query ordering rows so; ties are broken by newest row first. The first row of a combined group is its
     * newest.
     *
     * @throws InvalidArgumentException naming {@code orderBy} if an order is null
     */
    public LoadCurveQuery orderBy(LoadCurveOrder order, LoadCurveOrder... more) {
        return orderBy(atLeastOne(order, more, "orderBy"));
    }

    /**
     * As {@link #orderBy(LoadCurveOrder, LoadCurveOrder...)}.
     *
     * @throws InvalidArgumentException naming {@code orderBy} if no order, or a null one, is given
     */
    public LoadCurveQuery orderBy(Collection<LoadCurveOrder> order) {
        return new LoadCurveQuery(combinedVersions, version, filters, combinedBy, nonEmpty(order, "orderBy"), combinedDelay);
    }

    /**
     * This query dropping the first {@code delay} of each version (from its first instant) before combining: the
     * reference's {@code combined_delay}. Zero drops nothing.
     *
     * @throws InvalidArgumentException naming {@code combinedDelay} if it is null or negative
     */
    public LoadCurveQuery combinedDelay(Duration delay) {
        InvalidArgumentException.requireNonNull(delay, "combinedDelay");
        if (delay.isNegative()) {
            throw new InvalidArgumentException("combinedDelay", "cannot be negative (got " + delay + ")");
        }
        return new LoadCurveQuery(combinedVersions, version, filters, combinedBy, orderBy, delay);
    }

    private static <T> List<T> atLeastOne(T first, T[] more, String argument) {
        InvalidArgumentException.requireNonNull(more, argument);
        List<T> all = new ArrayList<>(1 + more.length);
        all.add(first);
        all.addAll(Arrays.asList(more));
        return all;
    }

    private static <T> List<T> nonEmpty(Collection<T> values, String argument) {
        InvalidArgumentException.requireNonNull(values, argument);
        if (values.isEmpty()) {
            throw new InvalidArgumentException(argument, "needs at least one field");
        }
        for (T value : values) {
            InvalidArgumentException.requireNonNull(value, argument);
        }
        return List.copyOf(values);
    }

    /** Whether versions are combined (one entry per combinedBy group) rather than read one by one. */
    public boolean combinedVersions() {
        return combinedVersions;
    }

    /** The one version number read, if any. */
    public OptionalInt version() {
        return version == null ? OptionalInt.empty() : OptionalInt.of(version);
    }

    /** The attribute values rows must have; empty for any. */
    public SeriesKey filters() {
        return filters;
    }

    /** The fields whose values group the versions combined together. */
    public List<String> combinedBy() {
        return combinedBy;
    }

    /** The order of the rows, newest first; ties go to the newest row written. */
    public List<LoadCurveOrder> orderBy() {
        return orderBy;
    }

    /** What is cut off the start of each version before combining; zero for nothing. */
    public Duration combinedDelay() {
        return combinedDelay;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LoadCurveQuery q && combinedVersions == q.combinedVersions && Objects.equals(version, q.version)
                && filters.equals(q.filters) && combinedBy.equals(q.combinedBy) && orderBy.equals(q.orderBy)
                && combinedDelay.equals(q.combinedDelay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(combinedVersions, version, filters, combinedBy, orderBy, combinedDelay);
    }

    @Override
    public String toString() {
        return (combinedVersions ? "combined by " + combinedBy : "every version") + (version == null ? "" : ", version " + version)
                + (filters.isEmpty() ? "" : ", filters " + filters) + ", order " + orderBy
                + (combinedDelay.isZero() ? "" : ", delay " + combinedDelay);
    }
}
