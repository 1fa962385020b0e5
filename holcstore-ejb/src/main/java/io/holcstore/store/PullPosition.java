package io.holcstore.store;

import java.time.Instant;

/**
 * Where one pull into a store stands: the upstream's {@code updated_at} of the last chunk it listed in the last
 * pack it imported. A store keeps one per (upstream, filter), moved only by the imports of that pull
 * ({@link TimeseriesChunkStore#importChunks(java.util.List, PullPosition)}), never backwards; the next pull resumes
 * there, inclusive, so the chunks sharing that instant are listed again (and skipped as copies already held).
 *
 * @param upstream          a stable identity of the source, e.g. the base URL of its sync server
 * @param filter            the key fields the pull replicates; the empty key for every series
 * @param upstreamUpdatedAt the upstream's {@code updated_at} the pull has imported everything before
 */
public record PullPosition(String upstream, SeriesKey filter, Instant upstreamUpdatedAt) {
    /** The longest upstream identity kept: it is part of the key of the positions' table. */
    public static final int MAX_UPSTREAM_LENGTH = 1000;

    public PullPosition {
        requireUpstream(upstream);
        InvalidArgumentException.requireNonNull(filter, "filter");
        InvalidArgumentException.requireNonNull(upstreamUpdatedAt, "upstreamUpdatedAt");
        if (!StampRange.holds(upstreamUpdatedAt)) {
            throw new InvalidArgumentException("upstreamUpdatedAt", "lies outside the years 1 to 9999: " + upstreamUpdatedAt);
        }
    }

    /**
     * Checks an upstream identity: not null, not blank, at most {@value #MAX_UPSTREAM_LENGTH} characters.
     *
     * @throws InvalidArgumentException naming {@code upstream} otherwise
     */
    public static String requireUpstream(String upstream) {
        InvalidArgumentException.requireNonNull(upstream, "upstream");
        if (upstream.isBlank() || upstream.length() > MAX_UPSTREAM_LENGTH) {
            String shown = upstream.length() > 80 ? upstream.substring(0, 80) + "...' (" + upstream.length() + " characters)" : upstream + "'";
            throw new InvalidArgumentException("upstream", "must hold 1 to " + MAX_UPSTREAM_LENGTH + " characters, not blank, got '" + shown);
        }
        return upstream;
    }
}
