package io.holcstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

class ErrorKindTest {

    @Test
    void everyCodeIsSnakeCase() {
        for (ErrorKind kind : ErrorKind.values()) {
            assertTrue(kind.code().matches("[a-z]+(_[a-z]+)*"), kind.code());
        }
    }

    /** Clients branch on the codes: one renamed or dropped breaks them, so the list is spelled out here. */
    @Test
    void theCodesClientsKnowStay() {
        Set<String> codes = Arrays.stream(ErrorKind.values()).map(ErrorKind::code).collect(Collectors.toSet());
        assertTrue(codes.containsAll(List.of("off_grid_timestamp", "timestamp_out_of_range", "duplicate_timestamp",
                "invalid_local_time", "invalid_argument", "invalid_key", "invalid_window", "invalid_chunk", "malformed_body",
                "chunk_not_found", "series_not_found", "series_already_exists", "operation_not_allowed", "read_only_store",
                "body_too_large", "corrupt_chunk", "unknown_dtype", "store_error", "server_error", "unsupported_isolation",
                "invalid_store_definition", "upstream_failed", "upstream_timeout")), codes::toString);
    }

    @Test
    void noTwoKindsShareACode() {
        Set<String> codes = Arrays.stream(ErrorKind.values()).map(ErrorKind::code).collect(Collectors.toSet());
        assertEquals(ErrorKind.values().length, codes.size());
    }

    @Test
    void theKindsOfThePullAndOfReadOnlyStoresAreThere() {
        assertEquals(ErrorKind.Category.CONFLICT, ErrorKind.READ_ONLY_STORE.category());
        assertEquals(ErrorKind.Category.UPSTREAM, ErrorKind.UPSTREAM_FAILED.category());
        assertEquals(ErrorKind.Category.UPSTREAM_TIMEOUT, ErrorKind.UPSTREAM_TIMEOUT.category());
    }
}
