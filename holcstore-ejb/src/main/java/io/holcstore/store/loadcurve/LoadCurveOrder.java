package io.holcstore.store.loadcurve;

import io.holcstore.store.InvalidArgumentException;

/**
 * One sort key of a read: a field and its direction. The first entries of a read's order are its "newest": a combined
 * read takes their values first and their metadata. Fields: {@code version}, {@code createdAt}, {@code lastModified},
 * {@code prm}, {@code clientId} or an attribute field of the store (checked by the store). Immutable.
 *
 * @param field      the field name
 * @param descending whether larger values come first
 */
public record LoadCurveOrder(String field, boolean descending) {
    /** The default order: highest version first, as the reference's {@code -version}. */
    public static final LoadCurveOrder NEWEST_VERSION_FIRST = desc(LoadCurveFields.VERSION);

    /** @throws InvalidArgumentException naming {@code field} if it is null or blank */
    public LoadCurveOrder {
        if (field == null || field.isBlank()) {
            throw new InvalidArgumentException("orderBy", "needs a field name (got " + (field == null ? "null" : "'" + field + "'") + ")");
        }
    }

    /** Larger values of {@code field} first. */
    public static LoadCurveOrder desc(String field) {
        return new LoadCurveOrder(field, true);
    }

    /** Smaller values of {@code field} first. */
    public static LoadCurveOrder asc(String field) {
        return new LoadCurveOrder(field, false);
    }

    /**
     * Parses the reference's notation: {@code version} ascending, {@code -version} descending.
     *
     * @throws InvalidArgumentException if the text names no field
     */
    public static LoadCurveOrder parse(String text) {
        if (text != null && text.startsWith("-")) {
            return desc(text.substring(1));
        }
        return asc(text);
    }

    @Override
    public String toString() {
        return (descending ? "-" : "") + field;
    }
}
