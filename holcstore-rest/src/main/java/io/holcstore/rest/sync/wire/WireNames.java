package io.holcstore.rest.sync.wire;

/** The member names of the sync JSON, snake_case as the Python reference writes and reads them. */
final class WireNames {
    static final String COUNT = "count";
    static final String NEXT = "next";
    static final String PREVIOUS = "previous";
    static final String RESULTS = "results";

    static final String ATTRS = "attrs";
    static final String CHUNK_INDEX = "chunk_index";
    static final String DTYPE = "dtype";
    static final String START_TS = "start_ts";
    static final String UPDATED_AT = "updated_at";
    static final String IS_DELETED = "is_deleted";

    static final String BLOB = "blob";
    static final String META = "meta";

    private WireNames() {
    }
}
