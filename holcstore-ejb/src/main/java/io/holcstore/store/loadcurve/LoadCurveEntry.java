package io.holcstore.store.loadcurve;

import io.holcstore.series.IndexedSeries;
import io.holcstore.store.SeriesKey;

import java.time.Instant;
import java.util.Objects;

/**
 * One load curve as read: a stored version, or, for a combined read, the newest version of a group with the older
 * ones filling its gaps (its metadata are then the newest version's). Immutable.
 *
 * @param prm          the meter key
 * @param clientId     the client
 * @param version      the version number (the newest one of a combined group)
 * @param attributes   the values of the store's attribute fields, by field name (empty for a store without any)
 * @param lastModified when the row was last written
 * @param createdAt    when the row was first written
 * @param series       the curve, rendered in the store zone
 */
public record LoadCurveEntry(String prm, int clientId, int version, SeriesKey attributes, Instant lastModified, Instant createdAt,
                             IndexedSeries series) {
    public LoadCurveEntry {
        Objects.requireNonNull(prm, "prm");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(series, "series");
    }

    /** This entry with another series (a combination, a slice), its metadata unchanged. */
    public LoadCurveEntry withSeries(IndexedSeries other) {
        return new LoadCurveEntry(prm, clientId, version, attributes, lastModified, createdAt, other);
    }
}
