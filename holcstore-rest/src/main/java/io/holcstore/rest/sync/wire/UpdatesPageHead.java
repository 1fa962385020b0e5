package io.holcstore.rest.sync.wire;

/**
 * An updates page without its results: what a server knows before it streams them, and what a client needs after
 * (the next page to walk to).
 *
 * @param count    how many updates the whole listing holds
 * @param next     the absolute URL of the next page, or null on the last page
 * @param previous the absolute URL of the previous page, or null on the first page
 */
public record UpdatesPageHead(long count, String next, String previous) {

    /** Whether there is a next page to walk to. */
    public boolean hasNext() {
        return next != null;
    }
}
