package io.holcstore.rest.sync.wire;

import io.holcstore.rest.error.MalformedBodyException;

import java.util.OptionalInt;

/**
 * A sync body that is not of its shape. It names the problem, the entry (its position in the body) and the chunk
 * index that entry gives, when it gives one, so that the operator of either side can find the chunk. A malformed
 * body, as the series API's, so a server answers it 400 {@code malformed_body} (a request is refused before
 * anything is exported or imported); a client reading a pack refuses the whole pack.
 */
public class SyncWireException extends MalformedBodyException {
    private static final long serialVersionUID = 1L;

    /** {@link #entry()} of a problem with the body as a whole. */
    public static final int NO_ENTRY = -1;

    private final WireProblem problem;
    private final int entry;
    private final Integer chunkIndex;

    SyncWireException(WireProblem problem, int entry, Integer chunkIndex, String detail, Throwable cause) {
        super(where(entry, chunkIndex) + detail, cause);
        this.problem = problem;
        this.entry = entry;
        this.chunkIndex = chunkIndex;
    }

    /** A problem with the body as a whole. */
    static SyncWireException ofBody(WireProblem problem, String detail) {
        return new SyncWireException(problem, NO_ENTRY, null, detail, null);
    }

    /** A problem with the body as a whole, found as {@code cause}. */
    static SyncWireException ofBody(WireProblem problem, String detail, Throwable cause) {
        return new SyncWireException(problem, NO_ENTRY, null, detail, cause);
    }

    /** A problem with the entry at {@code entry}, before its chunk index is known. */
    static SyncWireException ofEntry(WireProblem problem, int entry, String detail) {
        return new SyncWireException(problem, entry, null, detail, null);
    }

    private static String where(int entry, Integer chunkIndex) {
        if (entry == NO_ENTRY) {
            return "";
        }
        return "entry " + entry + (chunkIndex == null ? "" : " (chunk_index " + chunkIndex + ")") + ": ";
    }

    public WireProblem problem() {
        return problem;
    }

    /** The entry's position in the body (0 for the first), or {@link #NO_ENTRY}. */
    public int entry() {
        return entry;
    }

    /** The chunk index the faulty entry gives; empty if it gives none readable, or for the body as a whole. */
    public OptionalInt chunkIndex() {
        return chunkIndex == null ? OptionalInt.empty() : OptionalInt.of(chunkIndex);
    }
}
