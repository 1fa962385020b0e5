package io.holcstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

class ErrorKindTest {

    @Test
    void everyCodeIsSnakeCaseAndItsConstantsName() {
        for (ErrorKind kind : ErrorKind.values()) {
            assertTrue(kind.code().matches("[a-z]+(_[a-z]+)*"), kind.code());
            assertEquals(kind.name().toLowerCase(Locale.ROOT), kind.code(), "a code is never renamed apart from its constant");
        }
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
