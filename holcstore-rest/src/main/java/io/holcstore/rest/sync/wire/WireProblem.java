package io.holcstore.rest.sync.wire;

/** What is wrong with a sync body, for callers that answer or retry differently by kind. */
public enum WireProblem {
    /** Not JSON, or cut short (a connection lost mid-body). */
    MALFORMED_JSON,
    /** JSON, but not the envelope expected: a page that is not an object, a pack that is not an array. */
    MALFORMED_BODY,
    /** An entry lacking a member or holding one of the wrong type. */
    MALFORMED_ENTRY,
    /** A blob that is not base64. */
    BAD_BASE64,
    /** A blob decoding to more bytes than the reader takes per chunk. */
    BLOB_TOO_LARGE,
    /** More entries than the reader takes per body. */
    TOO_MANY_ENTRIES
}
