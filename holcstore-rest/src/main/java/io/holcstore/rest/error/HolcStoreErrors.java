package io.holcstore.rest.error;

import io.holcstore.HolcStoreException;
import io.holcstore.codec.CorruptChunkException;
import io.holcstore.codec.UnknownDtypeException;
import io.holcstore.grid.DuplicateTimestampException;
import io.holcstore.grid.OffGridTimestampException;
import io.holcstore.grid.TimestampOutOfRangeException;
import io.holcstore.mapping.InvalidStoreDefinitionException;
import io.holcstore.series.InvalidLocalTimeException;
import io.holcstore.store.ChunkNotFoundException;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.InvalidChunkException;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.InvalidWindowException;
import io.holcstore.store.OperationNotAllowedException;
import io.holcstore.store.SeriesAlreadyExistsException;
import io.holcstore.store.UnsupportedIsolationException;
import jakarta.json.Json;

/**
 * The status and kind of every {@link HolcStoreException}: 400 for bad input (the request can be fixed),
 * 404 for what is not stored, 409 for what the store's state or settings refuse, 413 for a body over the cap,
 * 500 only for stored data, the database ({@code ChunkStoreException}) or the server's setup. The culprit an exception carries becomes a
 * member of the body, so that a client need not parse messages.
 */
public final class HolcStoreErrors {

    private HolcStoreErrors() {
    }

    /** The answer to {@code e}; subtypes this version does not know are server-side (500, {@code store_error}). */
    public static HttpError of(HolcStoreException e) {
        String message = e.getMessage();
        if (e instanceof OffGridTimestampException offGrid) {
            return HttpError.of(400, "off_grid_timestamp", message).with("timestamp", offGrid.timestamp());
        }
        if (e instanceof TimestampOutOfRangeException outOfRange) {
            return HttpError.of(400, "timestamp_out_of_range", message).with("timestamp", outOfRange.timestamp());
        }
        if (e instanceof DuplicateTimestampException duplicate) {
            return HttpError.of(400, "duplicate_timestamp", message).with("timestamp", duplicate.timestamp());
        }
        if (e instanceof InvalidLocalTimeException localTime) {
            return HttpError.of(400, "invalid_local_time", message).with("localTime", localTime.localTime());
        }
        if (e instanceof InvalidArgumentException argument) {
            return HttpError.of(400, "invalid_argument", message).with("argument", argument.argument());
        }
        if (e instanceof InvalidKeyException invalidKey) {
            HttpError error = HttpError.of(400, "invalid_key", message);
            return invalidKey.field().map(field -> error.with("field", field)).orElse(error);
        }
        if (e instanceof InvalidWindowException) {
            return HttpError.of(400, "invalid_window", message);
        }
        if (e instanceof InvalidChunkException) {
            return HttpError.of(400, "invalid_chunk", message);
        }
        if (e instanceof MalformedBodyException) {
            return HttpError.of(400, "malformed_body", message);
        }
        if (e instanceof ChunkNotFoundException) {
            return HttpError.of(404, "chunk_not_found", message);
        }
        if (e instanceof SeriesNotFoundException notFound) {
            return HttpError.of(404, "series_not_found", message).with("key", KeyJson.of(notFound.key()));
        }
        if (e instanceof SeriesAlreadyExistsException exists) {
            return HttpError.of(409, "series_already_exists", message).with("key", KeyJson.of(exists.key()));
        }
        if (e instanceof OperationNotAllowedException) {
            return HttpError.of(409, "operation_not_allowed", message);
        }
        if (e instanceof BodyTooLargeException tooLarge) {
            return HttpError.of(413, "body_too_large", message)
                    .with("limit", Json.createValue(tooLarge.limit())).with("configKey", tooLarge.configKey());
        }
        return serverSide(e);
    }

    private static HttpError serverSide(HolcStoreException e) {
        String message = e.getMessage();
        if (e instanceof CorruptChunkException) {
            return HttpError.of(500, "corrupt_chunk", message);
        }
        if (e instanceof UnknownDtypeException dtype) {
            return HttpError.of(500, "unknown_dtype", message).with("dtype", dtype.dtype());
        }
        if (e instanceof UnsupportedIsolationException) {
            return HttpError.of(500, "unsupported_isolation", message);
        }
        if (e instanceof InvalidStoreDefinitionException) {
            return HttpError.of(500, "invalid_store_definition", message);
        }
        // ChunkStoreException (the database failed) and any subtype a later version adds.
        return HttpError.of(500, "store_error", message);
    }
}
