package io.holcstore.rest.sync.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What a non-2xx answer of a sync server means for a pull, whatever client received it: 429 is
 * {@link UpstreamBusyException} (wait, ask again), 5xx {@link UpstreamUnavailableException} (retry), any other status
 * a refusal ({@link UpstreamException.Failure#REFUSED}, fail at once). The message quotes the start of the answer's body,
 * where servers say why.
 */
public final class UpstreamAnswers {
    /** How much of an error body a message quotes. */
    public static final int EXCERPT_BYTES = 300;

    private static final int TOO_MANY_REQUESTS = 429;

    private UpstreamAnswers() {
    }

    /**
     * The failure a non-2xx answer means.
     *
     * @param method     the request's method
     * @param uri        the request's URL
     * @param status     the answer's status, not 2xx
     * @param excerpt    the start of its body, see {@link #excerpt}
     * @param retryAfter its {@code Retry-After} header, or null
     */
    public static UpstreamException failure(String method, URI uri, int status, String excerpt, String retryAfter) {
        String answered = "answered " + status + (excerpt.isEmpty() ? "" : ": " + excerpt);
        if (status == TOO_MANY_REQUESTS) {
            return new UpstreamBusyException(method, uri, answered, retryAfterSeconds(retryAfter));
        }
        if (status >= 500) {
            return new UpstreamUnavailableException(method, uri, status, answered, null);
        }
        return new UpstreamException(UpstreamException.Failure.REFUSED, method, uri, status, answered, null);
    }

    /**
     * The wait a {@code Retry-After} header asks for, when it is a whole number of seconds; null otherwise (absent,
     * an HTTP date, garbage), so that the caller's least wait applies.
     */
    public static Duration retryAfterSeconds(String header) {
        if (header == null) {
            return null;
        }
        String text = header.strip();
        return text.matches("\\d{1,9}") ? Duration.ofSeconds(Long.parseLong(text)) : null;
    }

    /** The first {@value #EXCERPT_BYTES} bytes of an error body as text, "..." if cut; the stream is closed. */
    public static String excerpt(InputStream body) {
        if (body == null) {
            return "";
        }
        try (body) {
            byte[] start = body.readNBytes(EXCERPT_BYTES);
            String text = new String(start, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "" : text + (start.length == EXCERPT_BYTES ? "..." : "");
        } catch (IOException e) {
            return "(body unreadable: " + e.getMessage() + ")";
        }
    }
}
