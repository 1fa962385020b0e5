package io.holcstore.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;
import io.holcstore.codec.CorruptChunkException;
import io.holcstore.codec.UnknownDtypeException;
import io.holcstore.grid.ChunkAxis;
import io.holcstore.series.DuplicateTimestampException;
import io.holcstore.grid.OffGridTimestampException;
import io.holcstore.grid.StoreGrid;
import io.holcstore.grid.TimestampOutOfRangeException;
import io.holcstore.mapping.InvalidStoreDefinitionException;
import io.holcstore.rest.sync.client.UpstreamAnswers;
import io.holcstore.series.InvalidLocalTimeException;
import io.holcstore.series.LocalSeries;
import io.holcstore.store.ChunkNotFoundException;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkStoreException;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.InvalidChunkException;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.InvalidWindowException;
import io.holcstore.store.OperationNotAllowedException;
import io.holcstore.store.SeriesAlreadyExistsException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.SeriesNotFoundException;
import io.holcstore.store.UnsupportedIsolationException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

class HolcStoreErrorsTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant T = Instant.parse("2025-01-01T00:30:00Z");
    private static final SeriesKey KEY = SeriesKey.of("version", 1, "kind", "load");

    private static JsonObject body(HolcStoreException e, int status, String kind) {
        HttpError error = HolcStoreErrors.of(e);
        assertEquals(status, error.status(), e.getClass().getSimpleName());
        assertEquals(kind, error.kind(), e.getClass().getSimpleName());
        JsonObject body = error.body();
        assertEquals(kind, body.getString("error"));
        assertEquals(e.getMessage(), body.getString("message"));
        return body;
    }

    @Test
    void badInputIs400NamingTheCulprit() {
        StoreGrid grid = new StoreGrid(Duration.ofHours(1), PARIS, ChunkAxis.YEAR_MONTH);
        assertEquals(T.toString(), body(new OffGridTimestampException(T, grid), 400, "off_grid_timestamp").getString("timestamp"));
        assertEquals(T.toString(), body(new TimestampOutOfRangeException(T, T, T), 400, "timestamp_out_of_range").getString("timestamp"));
        assertEquals(T.toString(), body(new DuplicateTimestampException(T), 400, "duplicate_timestamp").getString("timestamp"));
        assertEquals("start", body(new InvalidArgumentException("start", "is bad"), 400, "invalid_argument").getString("argument"));
        body(new InvalidKeyException("two series for one key"), 400, "invalid_key");
        assertEquals("colour", body(new InvalidKeyException("colour", "no field 'colour'"), 400, "invalid_key").getString("field"));
        body(new InvalidWindowException(T, T.minusSeconds(1)), 400, "invalid_window");
        body(new InvalidChunkException("bad blob"), 400, "invalid_chunk");
        body(new MalformedBodyException("line 2: bad"), 400, "malformed_body");
    }

    @Test
    void aLocalTimeIsNamedAsTheClientWroteIt() {
        InvalidLocalTimeException gap = null;
        try {
            LocalSeries.of(new LocalDateTime[] {LocalDateTime.parse("2025-03-30T02:30")}, new double[] {1}).inZone(PARIS);
        } catch (InvalidLocalTimeException e) {
            gap = e;
        }
        assertEquals("2025-03-30T02:30", body(gap, 400, "invalid_local_time").getString("localTime"));
    }

    @Test
    void missingIs404ConflictsAre409() {
        body(new ChunkNotFoundException("Demo", new ChunkRef(KEY, 300)), 404, "chunk_not_found");
        JsonObject notFound = body(new SeriesNotFoundException(KEY), 404, "series_not_found");
        assertEquals(Json.createObjectBuilder().add("kind", "load").add("version", 1).build(), notFound.getJsonObject("key"));
        JsonObject exists = body(new SeriesAlreadyExistsException("Demo", KEY), 409, "series_already_exists");
        assertEquals(1, exists.getJsonObject("key").getInt("version"));
        body(new OperationNotAllowedException("sync store"), 409, "operation_not_allowed");
    }

    @Test
    void anOversizeBodyIs413WithItsCap() {
        JsonObject body = body(new BodyTooLargeException(4096, "holcstore.rest.max-body-bytes"), 413, "body_too_large");
        assertEquals(4096, body.getJsonNumber("limit").longValue());
        assertEquals("holcstore.rest.max-body-bytes", body.getString("configKey"));
    }

    @Test
    void onlyStoredDataDatabaseAndSetupAre500() {
        body(new CorruptChunkException("bad frame at byte 4"), 500, "corrupt_chunk");
        body(new ChunkStoreException("insert failed"), 500, "store_error");
        assertEquals("f16", body(new UnknownDtypeException("f16", "float64"), 500, "unknown_dtype").getString("dtype"));
        body(new UnsupportedIsolationException("Demo", "serializable"), 500, "unsupported_isolation");
        body(new InvalidStoreDefinitionException(Object.class, "step", "bad"), 500, "invalid_store_definition");
        body(new HolcStoreException(ErrorKind.READ_ONLY_STORE, "a type this mapper was never told of") { }, 409, "read_only_store");
        assertTrue(HolcStoreErrors.of(new ChunkStoreException("x")).serverSide());
        assertFalse(HolcStoreErrors.of(new InvalidKeyException("x")).serverSide());
    }

    @Test
    void culpritsAnExceptionDoesNotCarryAreLeftOut() {
        JsonObject body = body(new UnknownDtypeException(null, "float64"), 500, "unknown_dtype");
        assertFalse(body.containsKey("dtype"));
        assertEquals(2, HolcStoreErrors.of(new InvalidKeyException("x")).body().size());
    }

    @Test
    void anUpstreamFailureIs502NamingItsUrlAndStatusAndATimeout504NamingItsUrl() {
        URI page = URI.create("http://127.0.0.1:8080/api/sync/demo/updates/?limit=2");
        JsonObject refused = body(UpstreamAnswers.failure("GET", page, 404, "", null), 502, "upstream_failed");
        assertEquals(page.toString(), refused.getString("url"));
        assertEquals(404, refused.getInt("status"), "a number");

        JsonObject timeout = body(UpstreamAnswers.ioFailure("GET", page, new HttpTimeoutException("slow"), ""), 504,
                "upstream_timeout");
        assertEquals(page.toString(), timeout.getString("url"));
        assertFalse(timeout.containsKey("status"), "none answered");
        assertEquals(Set.of("error", "message", "url"), timeout.keySet());
    }
}
