package io.holcstore.store.loadcurve;

import io.holcstore.Culprit;
import io.holcstore.Culprits;
import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

/**
 * An operation that needs one curve per prm (a search for holes or missing groups) read several for one: its
 * {@code combinedBy} names more than {@code prm} and the prm has several groups. Raised before anything is returned.
 */
public class AmbiguousLoadCurveException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    public AmbiguousLoadCurveException(String store, String prm, int curves) {
        super(ErrorKind.AMBIGUOUS_SERIES, "store " + store + ", prm '" + prm + "': " + curves
                + " combined curves where one is needed; combine by prm only, or filter on the other fields",
                Culprits.of(Culprit.ARGUMENT, "combinedBy"));
    }
}
