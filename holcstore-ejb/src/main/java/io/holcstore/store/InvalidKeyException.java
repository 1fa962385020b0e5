package io.holcstore.store;

import io.holcstore.Culprit;
import io.holcstore.Culprits;
import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

import java.util.Objects;
import java.util.Optional;

/** A key or filter names a field the store does not have, misses one it needs, or gives a value of the wrong type. */
public class InvalidKeyException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidKeyException(String message) {
        super(ErrorKind.INVALID_KEY, message);
        this.field = null;
    }

    /** An error about one key field, named {@code field}. */
    public InvalidKeyException(String field, String message) {
        super(ErrorKind.INVALID_KEY, message, Culprits.of(Culprit.FIELD, field));
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The key field at fault, when the error is about one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
