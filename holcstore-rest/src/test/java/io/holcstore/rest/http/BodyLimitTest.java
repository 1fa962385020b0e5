package io.holcstore.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.rest.error.BodyTooLargeException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

class BodyLimitTest {

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAnnouncedLengthOverTheCapIsRefusedBeforeReading() {
        BodyTooLargeException e = assertThrows(BodyTooLargeException.class, () -> new BodyLimit(10).limit(body(""), 11));
        assertEquals(10, e.limit());
        assertEquals(BodyLimit.CONFIG_KEY, e.configKey());
        assertTrue(e.getMessage().contains("10 bytes") && e.getMessage().contains(BodyLimit.CONFIG_KEY), e.getMessage());
    }

    @Test
    void aBodyUpToTheCapReadsThroughAndOneByteMoreIsRefused() throws IOException {
        try (InputStream in = new BodyLimit(10).limit(body("0123456789"), -1)) {
            assertEquals("0123456789", new String(in.readAllBytes()));
        }
        try (InputStream in = new BodyLimit(10).limit(body("0123456789A"), 10)) {
            assertThrows(BodyTooLargeException.class, in::readAllBytes, "a Content-Length that lies is caught too");
        }
    }

    @Test
    void withoutMicroProfileConfigTheDefaultApplies() {
        assertEquals(BodyLimit.DEFAULT_BYTES, BodyLimit.configured().maxBytes());
        assertThrows(IllegalArgumentException.class, () -> new BodyLimit(0));
    }
}
