package io.holcstore.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;
import io.holcstore.sync.ChunkSourceException;
import org.junit.jupiter.api.Test;

import java.net.http.HttpTimeoutException;
import java.util.Map;

/** Every kind is answered by its code and the status of its category, whatever the exception's type. */
class ErrorKindAnswersTest {
    private static final Map<ErrorKind.Category, Integer> STATUS = Map.of(
            ErrorKind.Category.BAD_INPUT, 400, ErrorKind.Category.NOT_FOUND, 404, ErrorKind.Category.CONFLICT, 409,
            ErrorKind.Category.TOO_LARGE, 413, ErrorKind.Category.STORED_DATA, 500, ErrorKind.Category.SERVER_FAILURE, 500,
            ErrorKind.Category.SERVER_SETUP, 500, ErrorKind.Category.UPSTREAM, 502, ErrorKind.Category.UPSTREAM_TIMEOUT, 504);

    @Test
    void everyKindIsAnsweredByItsCodeAndTheStatusOfItsCategory() {
        for (ErrorKind kind : ErrorKind.values()) {
            HttpError error = HolcStoreErrors.of(new HolcStoreException(kind, "x") { });
            assertEquals(kind.code(), error.kind());
            assertEquals(STATUS.get(kind.category()), error.status(), kind.code());
            assertEquals(2, error.body().size(), "no culprit given, none in the body");
        }
    }

    @Test
    void aFailedPullIs502AndOneTimedOut504() {
        HttpError failed = HolcStoreErrors.of(new ChunkSourceException("GET http://upstream/updates/ answered 503"));
        assertEquals(502, failed.status());
        assertEquals("upstream_failed", failed.kind());
        HttpError timedOut = HolcStoreErrors.of(new ChunkSourceException(ErrorKind.UPSTREAM_TIMEOUT,
                "GET http://upstream/updates/ gave no answer within PT2M", new HttpTimeoutException("timed out")));
        assertEquals(504, timedOut.status());
        assertEquals("upstream_timeout", timedOut.kind());
    }

    @Test
    void aChunkSourceFailsWithAnUpstreamKindOnly() {
        assertThrows(IllegalArgumentException.class, () -> new ChunkSourceException(ErrorKind.STORE_ERROR, "x", null));
    }
}
