package io.holcstore.rest.http;

import io.holcstore.rest.error.BodyTooLargeException;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The cap on request bodies (a series PUT, a pack request), so that one request cannot hold the server's memory:
 * MicroProfile Config key {@value #CONFIG_KEY} (bytes), {@value #DEFAULT_BYTES} by default, about ten years of hourly
 * values as JSON. A body announcing a larger {@code Content-Length} is refused before it is read; one without is
 * counted as it is read and refused when it passes the cap, before the store is called.
 */
public final class BodyLimit {
    public static final String CONFIG_KEY = "holcstore.rest.max-body-bytes";
    public static final long DEFAULT_BYTES = 16L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(BodyLimit.class.getName());

    private final long maxBytes;

    public BodyLimit(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException(CONFIG_KEY + " must be at least 1, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The cap configured by {@value #CONFIG_KEY}; the default when no MicroProfile Config is available. */
    public static BodyLimit configured() {
        try {
            return new BodyLimit(ConfigProvider.getConfig().getOptionalValue(CONFIG_KEY, Long.class).orElse(DEFAULT_BYTES));
        } catch (IllegalStateException | LinkageError e) {
            LOG.log(Level.FINE, "no MicroProfile Config here; the body cap stays " + DEFAULT_BYTES + " bytes", e);
            return new BodyLimit(DEFAULT_BYTES);
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * {@code body}, refused past the cap.
     *
     * @param contentLength the announced length, or -1 if none
     * @throws BodyTooLargeException now if {@code contentLength} exceeds the cap, or while reading past it
     */
    public InputStream limit(InputStream body, long contentLength) {
        if (contentLength > maxBytes) {
            throw tooLarge();
        }
        return new FilterInputStream(body) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                count(skipped);
                return skipped;
            }

            private void count(long n) {
                read += n;
                if (read > maxBytes) {
                    throw tooLarge();
                }
            }
        };
    }

    private BodyTooLargeException tooLarge() {
        return new BodyTooLargeException(maxBytes, CONFIG_KEY);
    }
}
