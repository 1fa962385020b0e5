package io.holcstore;

import java.util.Objects;

/**
 * What a {@link HolcStoreException} is, as a caller branches on it: a stable snake_case {@link #code()} (the HTTP
 * API's {@code "error"} member, never renamed) and the {@link Category} of fault it belongs to. Every exception
 * names its kind when it is built, so that a new exception type cannot reach a caller without one: the HTTP layer
 * maps the category to a status and needs no list of exception types.
 */
public enum ErrorKind {
    /** A written timestamp does not fall on the store's grid. */
    OFF_GRID_TIMESTAMP("off_grid_timestamp", Category.BAD_INPUT),
    /** An instant lies outside the years a store holds. */
    TIMESTAMP_OUT_OF_RANGE("timestamp_out_of_range", Category.BAD_INPUT),
    /** A written series gives two values for one instant. */
    DUPLICATE_TIMESTAMP("duplicate_timestamp", Category.BAD_INPUT),
    /** A local date-time the store zone skips or passes twice. */
    INVALID_LOCAL_TIME("invalid_local_time", Category.BAD_INPUT),
    /** An argument missing or out of its range. */
    INVALID_ARGUMENT("invalid_argument", Category.BAD_INPUT),
    /** A key or filter naming a field the store lacks, missing one, or of the wrong type. */
    INVALID_KEY("invalid_key", Category.BAD_INPUT),
    /** A read window whose start is after its end. */
    INVALID_WINDOW("invalid_window", Category.BAD_INPUT),
    /** A chunk offered for import that does not fit the store. */
    INVALID_CHUNK("invalid_chunk", Category.BAD_INPUT),
    /** A request body that is not of its shape. */
    MALFORMED_BODY("malformed_body", Category.BAD_INPUT),
    /** A requested chunk is not stored. */
    CHUNK_NOT_FOUND("chunk_not_found", Category.NOT_FOUND),
    /** No value of a requested series is stored. */
    SERIES_NOT_FOUND("series_not_found", Category.NOT_FOUND),
    /** A read of exactly one series whose filter selects several. */
    AMBIGUOUS_SERIES("ambiguous_series", Category.BAD_INPUT),
    /** A first write found the series already stored. */
    SERIES_ALREADY_EXISTS("series_already_exists", Category.CONFLICT),
    /** An operation the store's settings refuse. */
    OPERATION_NOT_ALLOWED("operation_not_allowed", Category.CONFLICT),
    /** A write to a store that only a pull may write. */
    READ_ONLY_STORE("read_only_store", Category.CONFLICT),
    /** A request body over the configured cap. */
    BODY_TOO_LARGE("body_too_large", Category.TOO_LARGE),
    /** A stored blob that cannot be decoded. */
    CORRUPT_CHUNK("corrupt_chunk", Category.STORED_DATA),
    /** A stored {@code dtype} this version does not know. */
    UNKNOWN_DTYPE("unknown_dtype", Category.STORED_DATA),
    /** The database refused or failed an operation. */
    STORE_ERROR("store_error", Category.SERVER_FAILURE),
    /** The server failed otherwise (e.g. writing a response). */
    SERVER_ERROR("server_error", Category.SERVER_FAILURE),
    /** A transaction at an isolation level the store cannot write under. */
    UNSUPPORTED_ISOLATION("unsupported_isolation", Category.SERVER_SETUP),
    /** A store entity declared wrongly. */
    INVALID_STORE_DEFINITION("invalid_store_definition", Category.SERVER_SETUP),
    /** The source of a pull failed or answered what a pull cannot use. */
    UPSTREAM_FAILED("upstream_failed", Category.UPSTREAM),
    /** The source of a pull did not answer in time. */
    UPSTREAM_TIMEOUT("upstream_timeout", Category.UPSTREAM_TIMEOUT);

    /** Who is at fault, and so what a caller can do about it. */
    public enum Category {
        /** The input is wrong; fixed input succeeds. Nothing was written. */
        BAD_INPUT,
        /** What was asked for is not stored. */
        NOT_FOUND,
        /** The store's state or settings refuse the operation. */
        CONFLICT,
        /** The input is over a configured cap. */
        TOO_LARGE,
        /** Stored data cannot be read: repair or re-import it. */
        STORED_DATA,
        /** The database or the server failed; the same call may succeed later. */
        SERVER_FAILURE,
        /** The server or the store is set up wrongly. */
        SERVER_SETUP,
        /** Another server, the source of a pull, failed or answered what cannot be used. */
        UPSTREAM,
        /** Another server, the source of a pull, did not answer in time. */
        UPSTREAM_TIMEOUT
    }

    private final String code;
    private final Category category;

    ErrorKind(String code, Category category) {
        this.code = Objects.requireNonNull(code);
        this.category = Objects.requireNonNull(category);
    }

    /** The stable snake_case name of this kind, e.g. {@code off_grid_timestamp}. */
    public String code() {
        return code;
    }

    /** The fault this kind belongs to. */
    public Category category() {
        return category;
    }
}
