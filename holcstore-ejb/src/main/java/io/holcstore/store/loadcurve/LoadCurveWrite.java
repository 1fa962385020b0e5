package io.holcstore.store.loadcurve;

import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.SeriesKey;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How a write stores a curve: in place (version 0) or as a new version, and the attribute values it sets. Immutable;
 * each {@code with…} method returns a new object. The store checks the attribute names against its fields.
 * <pre>{@code
 * LoadCurveWrite.inPlace()                                      // upsert version 0
 * LoadCurveWrite.newVersion()                                   // max(version) + 1 among the rows of the prm
 * LoadCurveWrite.newVersion().by("prm", "year")                 // ... among the rows of the prm and the same year
 *         .withAttributes(SeriesKey.of("year", 2024))
 * }</pre>
 */
public final class LoadCurveWrite {
    private static final SortedSet<String> BY_PRM = Collections.unmodifiableSortedSet(new TreeSet<>(Set.of(LoadCurveFields.PRM)));
    private static final LoadCurveWrite IN_PLACE = new LoadCurveWrite(false, BY_PRM, SeriesKey.all());

    private final boolean versioning;
    private final SortedSet<String> versioningBy;
    private final SeriesKey attributes;

    private LoadCurveWrite(boolean versioning, SortedSet<String> versioningBy, SeriesKey attributes) {
        this.versioning = versioning;
        this.versioningBy = versioningBy;
        this.attributes = attributes;
    }

    /** Replaces version 0 of the curve (of the given attribute values), or creates it: the default. */
    public static LoadCurveWrite inPlace() {
        return IN_PLACE;
    }

    /** Inserts a new version, one above the highest among the curve's rows of the same prm (0 when none). */
    public static LoadCurveWrite newVersion() {
        return new LoadCurveWrite(true, BY_PRM, SeriesKey.all());
    }

    /**
     * A write counting versions among the rows sharing the values of these fields: {@code prm} (required, as in the
     * reference) and attribute fields, whose values the write's {@linkplain #withAttributes attributes} give. Only
     * meaningful with {@link #newVersion()}.
     *
     * @throws InvalidArgumentException naming {@code versioningBy} if a name is null or {@code prm} is missing
     */
    public LoadCurveWrite by(String... fields) {
        InvalidArgumentException.requireNonNull(fields, "versioningBy");
        return by(Arrays.asList(fields));
    }

    /** As {@link #by(String...)}. */
    public LoadCurveWrite by(Collection<String> fields) {
        InvalidArgumentException.requireNonNull(fields, "versioningBy");
        SortedSet<String> names = new TreeSet<>();
        for (String field : fields) {
            names.add(InvalidArgumentException.requireNonNull(field, "versioningBy"));
        }
        if (!names.contains(LoadCurveFields.PRM)) {
            throw new InvalidArgumentException("versioningBy", "must contain 'prm' (got " + names + ")");
        }
        return new LoadCurveWrite(versioning, Collections.unmodifiableSortedSet(names), attributes);
    }

    /** A write setting these attribute values (every attribute field of the store must be given). */
    public LoadCurveWrite withAttributes(SeriesKey values) {
        return new LoadCurveWrite(versioning, versioningBy, InvalidArgumentException.requireNonNull(values, "attributes"));
    }

    /** Whether the write inserts a new version rather than replacing version 0. */
    public boolean versioning() {
        return versioning;
    }

    /** The fields versions are counted within, {@code prm} included; sorted. */
    public SortedSet<String> versioningBy() {
        return versioningBy;
    }

    /** The attribute values the write sets. */
    public SeriesKey attributes() {
        return attributes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LoadCurveWrite other && versioning == other.versioning && versioningBy.equals(other.versioningBy)
                && attributes.equals(other.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(versioning, versioningBy, attributes);
    }

    @Override
    public String toString() {
        return (versioning ? "new version by " + versioningBy : "in place") + (attributes.isEmpty() ? "" : ", attributes " + attributes);
    }
}
