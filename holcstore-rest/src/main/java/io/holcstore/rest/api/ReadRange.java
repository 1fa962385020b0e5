package io.holcstore.rest.api;

/**
 * The read window of a GET, as the store takes it: {@code start} and {@code end} inclusive, null for an open side.
 *
 * @param start first instant wanted, or null
 * @param end   last instant wanted, or null
 */
public record ReadRange(java.time.Instant start, java.time.Instant end) {
}
