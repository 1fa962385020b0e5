package io.holcstore.store.loadcurve;

/**
 * The names of the fields every load curve has, as reads order and combine by them; a store's attribute fields come
 * beside them.
 */
public final class LoadCurveFields {
    /** The meter key. */
    public static final String PRM = "prm";
    /** The client. */
    public static final String CLIENT_ID = "clientId";
    /** The version number. */
    public static final String VERSION = "version";
    /** When the row was first written. */
    public static final String CREATED_AT = "createdAt";
    /** When the row was last written. */
    public static final String LAST_MODIFIED = "lastModified";

    private LoadCurveFields() {
    }
}
