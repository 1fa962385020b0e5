package io.holcstore.store;

import io.holcstore.Culprit;
import io.holcstore.Culprits;
import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

/** An argument of a store operation is missing (null) or out of its range; the message names it. Nothing was written. */
public class InvalidArgumentException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    private final String argument;

    public InvalidArgumentException(String argument, String problem) {
        super(ErrorKind.INVALID_ARGUMENT, "argument '" + argument + "' " + problem,
                Culprits.of(Culprit.ARGUMENT, argument));
        this.argument = argument;
    }

    /** Fails naming {@code argument} if {@code value} is null; returns it otherwise. */
    public static <T> T requireNonNull(T value, String argument) {
        if (value == null) {
            throw new InvalidArgumentException(argument, "is required (got null)");
        }
        return value;
    }

    /** The name of the offending argument. */
    public String argument() {
        return argument;
    }
}
