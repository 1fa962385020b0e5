package io.holcstore.rest.sync.wire;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

import java.util.OptionalInt;

/**
 * A sync body that is not of its shape. It names the problem, the entry (its position in the body) and the chunk
 * index that entry gives, when it gives one, so that the operator of either side can find the chunk.
 *
 * <p>What it means depends on whose body it is, and its {@link #kind()} says which. An answer a client cannot read
 * (an updates page, a pack) is the source's failure: {@link ErrorKind#UPSTREAM_FAILED}, and the client refuses the
 * whole page or pack. A request a server refuses (a pack request, see {@link PackRequestReader}) is the caller's:
 * {@link ErrorKind#MALFORMED_BODY}, answered 400 before anything is exported.
 */
public class SyncWireException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    /** {@link #entry()} of a problem with the body as a whole. */
    public static final int NO_ENTRY = -1;

    private final WireProblem problem;
    private final int entry;
    private final Integer chunkIndex;

    /**
     * A problem in an answer, the meaning by default: two of the three readers read answers, and the third,
     * {@link PackRequestReader}, turns what it finds into a refused request ({@link #inRequest()}).
     */
    SyncWireException(WireProblem problem, int entry, Integer chunkIndex, String detail, Throwable cause) {
        this(ErrorKind.UPSTREAM_FAILED, problem, entry, chunkIndex, where(entry, chunkIndex) + detail, cause);
    }

    private SyncWireException(ErrorKind kind, WireProblem problem, int entry, Integer chunkIndex, String message,
                              Throwable cause) {
        super(kind, message, cause);
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

    /** The same problem found in a request body, which a server refuses: {@link ErrorKind#MALFORMED_BODY}. */
    SyncWireException inRequest() {
        SyncWireException refused = new SyncWireException(ErrorKind.MALFORMED_BODY, problem, entry, chunkIndex,
                getMessage(), getCause());
        refused.setStackTrace(getStackTrace());
        return refused;
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
