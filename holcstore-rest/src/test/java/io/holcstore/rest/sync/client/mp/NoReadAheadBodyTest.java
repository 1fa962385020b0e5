package io.holcstore.rest.sync.client.mp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@link NoReadAheadBody}: a reader over it (as the JSON parser reads a body) never asks the body below what it could
 * read without blocking, which is what made {@code HttpURLConnection}'s chunked stream read ahead and copy; the bytes
 * pass unchanged and closing it closes the body.
 */
class NoReadAheadBodyTest {
    private static final String BODY = "[{\"blob\": \"" + "QUJD".repeat(50_000) + "\"}]";

    @Test
    void aReaderOverTheRawBodyAsksItsAvailableBytesWhichIsWhyTheWrapperExists() throws IOException {
        CountingBody raw = new CountingBody(BODY.getBytes(StandardCharsets.UTF_8));
        assertEquals(BODY, readAll(raw));
        assertTrue(raw.availableCalls > 0, "InputStreamReader asked available() " + raw.availableCalls + " times");
    }

    @Test
    void aReaderOverTheWrappedBodyNeverAsksItsAvailableBytesAndReadsItUnchanged() throws IOException {
        CountingBody raw = new CountingBody(BODY.getBytes(StandardCharsets.UTF_8));
        assertEquals(BODY, readAll(new NoReadAheadBody(raw)));
        assertEquals(0, raw.availableCalls);
    }

    @Test
    void bytesAndSkipsPassThroughAndCloseClosesTheBody() throws IOException {
        CountingBody raw = new CountingBody(new byte[] {1, 2, 3, 4, 5, 6});
        InputStream body = new NoReadAheadBody(raw);
        assertEquals(1, body.read());
        assertEquals(2, body.skip(2));
        assertArrayEquals(new byte[] {4, 5, 6}, body.readAllBytes());
        assertEquals(-1, body.read());
        assertEquals(0, body.available());
        body.close();
        assertTrue(raw.closed);
        assertEquals(0, raw.availableCalls);
    }

    private static String readAll(InputStream body) throws IOException {
        StringWriter text = new StringWriter();
        try (Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8)) {
            reader.transferTo(text);
        }
        return text.toString();
    }

    /**
     * A body that counts how often it is asked {@code available()}, and delivers its bytes as a socket does: a few at a
     * time, less than the reader asked for.
     */
    private static final class CountingBody extends ByteArrayInputStream {
        private static final int MOST_PER_READ = 1000;
        private int availableCalls;
        private boolean closed;

        CountingBody(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] into, int offset, int length) {
            return super.read(into, offset, Math.min(length, MOST_PER_READ));
        }

        @Override
        public synchronized int available() {
            availableCalls++;
            return super.available();
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
