package io.holcstore.store.loadcurve;

import java.util.Set;

/** The names of the fields every load curve has, as reads order, combine and callers name them. */
public final class LoadCurveFields {
    /** The meter key. */
    public static final String PRM = "prm";
    public static final String CLIENT_ID = "clientId";
    public static final String VERSION = "version";
    public static final String CREATED_AT = "createdAt";
    public static final String LAST_MODIFIED = "lastModified";

    /** Every field a read may order by or combine by besides the store's attribute fields. */
    public static final Set<String> FIXED = Set.of(PRM, CLIENT_ID, VERSION, CREATED_AT, LAST_MODIFIED);

    private LoadCurveFields() {
    }
}
