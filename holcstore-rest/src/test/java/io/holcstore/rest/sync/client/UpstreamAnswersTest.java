package io.holcstore.rest.sync.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.Culprit;
import io.holcstore.ErrorKind;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** {@link UpstreamAnswers}: which failure each status is, and what its message says. */
class UpstreamAnswersTest {
    private static final URI PACK = URI.create("http://127.0.0.1:8080/api/sync/demo/pack/");

    @Test
    void a429IsBusyWithItsRetryAfter() {
        UpstreamException failure = UpstreamAnswers.failure("POST", PACK, 429, "", "3");
        UpstreamBusyException busy = assertInstanceOf(UpstreamBusyException.class, failure);
        assertEquals(Duration.ofSeconds(3), busy.retryAfter().orElseThrow());
        assertEquals(OptionalInt.of(429), busy.status());
    }

    @Test
    void aRetryAfterThatCannotBeReadAsksNoWait() {
        assertTrue(busy(UpstreamAnswers.failure("GET", PACK, 429, "", "-1")).retryAfter().isEmpty());
        assertTrue(busy(UpstreamAnswers.failure("GET", PACK, 429, "", null)).retryAfter().isEmpty());
        assertEquals(Duration.ZERO, busy(UpstreamAnswers.failure("GET", PACK, 429, "", " 0 ")).retryAfter().orElseThrow());
        assertEquals(Duration.ZERO, busy(UpstreamAnswers.failure("GET", PACK, 429, "", "Wed, 21 Oct 2015 07:28:00 GMT"))
                .retryAfter().orElseThrow(), "an HTTP date past");
    }

    @Test
    void aFailureNamesItsUrlAndStatusAsCulpritsOfItsKind() {
        UpstreamException refused = UpstreamAnswers.failure("GET", PACK, 404, "", null);
        assertEquals(ErrorKind.UPSTREAM_FAILED, refused.kind());
        assertEquals(Optional.of(PACK.toString()), refused.culprits().get(Culprit.URL));
        assertEquals(Optional.of(404), refused.culprits().get(Culprit.STATUS));
    }

    @Test
    void anIoFailureIsATimeoutWhenATimeoutCausedItAndNamesNoStatus() {
        UpstreamUnavailableException timeout = UpstreamAnswers.ioFailure("GET", PACK,
                new UncheckedIOException(new HttpTimeoutException("too slow")), " (2 tries)");
        assertInstanceOf(UpstreamTimeoutException.class, timeout);
        assertEquals(ErrorKind.UPSTREAM_TIMEOUT, timeout.kind());
        assertTrue(timeout.getMessage().endsWith("timed out: too slow (2 tries)"), timeout.getMessage());
        assertEquals(Optional.empty(), timeout.culprits().get(Culprit.STATUS));

        UpstreamUnavailableException refused = UpstreamAnswers.ioFailure("GET", PACK,
                new ConnectException("Connection refused"), "");
        assertEquals(UpstreamException.Failure.UNAVAILABLE, refused.failure());
        assertEquals(ErrorKind.UPSTREAM_FAILED, refused.kind());
    }

    private static UpstreamBusyException busy(UpstreamException failure) {
        return assertInstanceOf(UpstreamBusyException.class, failure);
    }

    @Test
    void a5xxIsUnavailableAndWorthRetrying() {
        UpstreamException failure = UpstreamAnswers.failure("POST", PACK, 503, "{\"error\": \"down\"}", null);
        assertInstanceOf(UpstreamUnavailableException.class, failure);
        assertEquals(UpstreamException.Failure.UNAVAILABLE, failure.failure());
        assertEquals("POST " + PACK + " answered 503: {\"error\": \"down\"}", failure.getMessage());
    }

    @Test
    void another4xxIsARefusalNamingMethodUrlStatusAndBody() {
        UpstreamException failure = UpstreamAnswers.failure("POST", PACK, 405, "{\"detail\":\"Method \\\"POST\\\" not allowed.\"}", null);
        assertEquals(UpstreamException.class, failure.getClass());
        assertEquals(UpstreamException.Failure.REFUSED, failure.failure());
        assertEquals(OptionalInt.of(405), failure.status());
        assertEquals(PACK, failure.uri());
        assertEquals("POST " + PACK + " answered 405: {\"detail\":\"Method \\\"POST\\\" not allowed.\"}", failure.getMessage());
    }

    @Test
    void theExcerptIsTheStartOfTheBodyMarkedWhenCut() {
        String longBody = "x".repeat(UpstreamAnswers.EXCERPT_BYTES + 50);
        String excerpt = UpstreamAnswers.excerpt(new ByteArrayInputStream(longBody.getBytes(StandardCharsets.UTF_8)));
        assertEquals("x".repeat(UpstreamAnswers.EXCERPT_BYTES) + "...", excerpt);
        assertEquals("", UpstreamAnswers.excerpt(new ByteArrayInputStream(new byte[0])));
        assertEquals("", UpstreamAnswers.excerpt(null));
        assertTrue(UpstreamAnswers.failure("GET", PACK, 404, "", null).getMessage().endsWith("answered 404"));
    }
}
