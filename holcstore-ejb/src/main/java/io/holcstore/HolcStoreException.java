package io.holcstore;

import jakarta.ejb.ApplicationException;

import java.util.Objects;

/**
 * Root of every error HoLcStore raises on bad input or bad stored data. Unchecked; as an application
 * exception it rolls the surrounding EJB transaction back and reaches callers unwrapped.
 *
 * <p>Each error says what it is: its {@link ErrorKind} (a stable code and a category of fault) and the values it
 * blames ({@link Culprits}), both given by every constructor, so that a new subtype cannot be left without them and
 * a caller (the HTTP layer) answers it without knowing its class.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class HolcStoreException extends RuntimeException {
    private static final long serialVersionUID = 2L;

    private final ErrorKind kind;
    /** Not serialised: a culprit (a series key) need not be serialisable; a deserialised error names none. */
    private final transient Culprits culprits;

    protected HolcStoreException(ErrorKind kind, String message) {
        this(kind, message, Culprits.none(), null);
    }

    protected HolcStoreException(ErrorKind kind, String message, Throwable cause) {
        this(kind, message, Culprits.none(), cause);
    }

    protected HolcStoreException(ErrorKind kind, String message, Culprits culprits) {
        this(kind, message, culprits, null);
    }

    /**
     * @param kind     what the error is
     * @param message  for humans, naming the culprits
     * @param culprits the values the error blames, for callers that branch on them
     * @param cause    the failure behind it, or null
     */
    protected HolcStoreException(ErrorKind kind, String message, Culprits culprits, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.culprits = Objects.requireNonNull(culprits, "culprits");
    }

    /** What this error is. */
    public final ErrorKind kind() {
        return kind;
    }

    /** The values this error blames; none after deserialisation. */
    public final Culprits culprits() {
        return culprits == null ? Culprits.none() : culprits;
    }
}
