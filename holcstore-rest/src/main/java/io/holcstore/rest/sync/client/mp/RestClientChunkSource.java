package io.holcstore.rest.sync.client.mp;

import io.holcstore.rest.sync.client.BusyUpstreamPolicy;
import io.holcstore.rest.sync.client.HttpChunkSource;
import io.holcstore.rest.sync.client.PackMethod;
import io.holcstore.rest.sync.client.RetryPolicy;
import io.holcstore.rest.sync.client.SyncHttpClients;
import io.holcstore.rest.sync.client.SyncRequests;
import io.holcstore.rest.sync.client.UpstreamAnswers;
import io.holcstore.rest.sync.client.UpstreamBusyException;
import io.holcstore.rest.sync.client.UpstreamException;
import io.holcstore.rest.sync.client.UpstreamHeaders;
import io.holcstore.rest.sync.client.UpstreamOrigin;
import io.holcstore.rest.sync.client.UpstreamTimeoutException;
import io.holcstore.rest.sync.client.UpstreamUnavailableException;
import io.holcstore.rest.sync.wire.PackReader;
import io.holcstore.rest.sync.wire.SyncWireException;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.SeriesKey;
import io.holcstore.sync.ChunkSource;
import io.holcstore.sync.UpdatesPage;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A sync server read in a container: {@code updates/} and {@code POST pack/} through the MicroProfile REST Client
 * ({@link SyncRestApi}), each request under the Fault Tolerance policies of {@link GuardedSyncCalls}, bodies streamed
 * through the same wire code as {@link HttpChunkSource} ({@link SyncRequests}), by blocking reads only
 * ({@link NoReadAheadBody}: Jersey's {@code HttpURLConnection} would otherwise read ahead and copy), answers
 * classified by the same {@link UpstreamAnswers}, 429s waited out by the same {@link BusyUpstreamPolicy}, next links
 * kept to the same {@link UpstreamOrigin}. Get one from {@link RestClientChunkSources}.
 *
 * <p>What a request's answer does: 2xx is read (a page of no more updates than asked); 429 is waited out as
 * {@link BusyUpstreamPolicy} says and asked again, outside the retry count; 5xx and I/O errors are retried by Fault
 * Tolerance; other 4xx fail at once. A failure that ends the pull is an {@link UpstreamException} naming the method,
 * URL and status ({@link UpstreamException.Failure#TIMEOUT} for a read timeout or a Fault Tolerance timeout,
 * {@link UpstreamException.Failure#UNAVAILABLE} with "circuit breaker open" while the upstream is given a rest).
 *
 * <p><b>The Python reference's server</b> answers {@code POST pack/} with 405: it takes only a GET with a JSON body,
 * which the MicroProfile REST Client cannot send (Jersey drops the body, RESTEasy refuses it). On that 405 this
 * source switches its packs, for the rest of its life, to an {@link HttpChunkSource} with
 * {@link PackMethod#GET_WITH_BODY} (the JDK client of {@link SyncHttpClients}, with the same credentials as
 * {@link UpstreamHeaders}), still under the Fault Tolerance retries, timeout and circuit breaker, and logs it once;
 * its updates pages stay on the REST Client.
 *
 * <p>Next links are followed as given, within the upstream's origin only, as for {@link HttpChunkSource}: the
 * credentials are never sent elsewhere. Not thread-safe (one walk at a time), as the puller needs; {@link #close} releases the clients.
 */
public final class RestClientChunkSource implements ChunkSource, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RestClientChunkSource.class.getName());
    private static final int METHOD_NOT_ALLOWED = 405;
    /**
     * The GET-with-body fallback tries once and waits out no 429: Fault Tolerance retries it, and {@link #guarded}
     * waits its 429s out, as for any other request.
     */
    private static final RetryPolicy FALLBACK_TRY = new RetryPolicy(1, Duration.ZERO, Duration.ZERO,
            BusyUpstreamPolicy.none(), RetryPolicy.DEFAULT_MAX_TOTAL_TIME);

    private final URI base;
    private final UpstreamOrigin origin;
    private final GuardedSyncCalls calls;
    private final BusyUpstreamPolicy busy;
    private final long maxBlobBytes;
    private PackMethod packMethod;
    private SyncRestApi packClient;
    private HttpChunkSource getWithBody;
    private UpstreamHeaders getWithBodyHeaders;

    /**
     * @param base         the store's sync URL (a missing final {@code /} is added)
     * @param calls        the Fault Tolerance bean each request runs under
     * @param packMethod   {@link PackMethod#POST} (switched to GET on a 405), or {@link PackMethod#GET_WITH_BODY} for an
     *                     upstream known to be the reference's
     * @param busy         how 429 answers are waited out
     * @param maxBlobBytes the most bytes one chunk's blob may decode to
     * @throws InvalidArgumentException naming the argument that is missing or out of range
     */
    RestClientChunkSource(URI base, GuardedSyncCalls calls, PackMethod packMethod, BusyUpstreamPolicy busy,
                          long maxBlobBytes) {
        this.origin = UpstreamOrigin.of(base, "base");
        this.base = SyncRequests.base(base);
        this.calls = InvalidArgumentException.requireNonNull(calls, "calls");
        this.packMethod = InvalidArgumentException.requireNonNull(packMethod, "packMethod");
        this.busy = InvalidArgumentException.requireNonNull(busy, "busy");
        if (maxBlobBytes < 0) {
            throw new InvalidArgumentException("maxBlobBytes", "must be at least 0, got " + maxBlobBytes);
        }
        this.maxBlobBytes = maxBlobBytes;
    }

    @Override
    public UpdatesPage updates(Instant since, SeriesKey filter, int pageSize, String pageToken) {
        URI page = SyncRequests.updatesPage(base, origin, since, filter, pageSize, pageToken);
        return guarded("GET", page, () -> {
            SyncRestApi client = SyncRestClients.build(page);
            try {
                return read("GET", page, client::updates,
                        body -> SyncRequests.readPage(body, pageSize, origin, "GET " + page));
            } finally {
                closeQuietly(client);
            }
        });
    }

    @Override
    public List<ChunkTransfer> pack(List<ChunkRef> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        URI uri = base.resolve("pack/");
        if (packMethod == PackMethod.POST) {
            byte[] body = SyncRequests.packRequest(refs);
            PackReader reader = new PackReader(refs.size(), maxBlobBytes);
            try {
                return guarded("POST", uri, () -> read("POST", uri, () -> packClient().pack(body),
                        in -> SyncRequests.readPack(in, reader, refs.size())));
            } catch (UpstreamException e) {
                if (e.status().orElse(0) != METHOD_NOT_ALLOWED) {
                    throw e;
                }
                packMethod = PackMethod.GET_WITH_BODY;
                LOG.log(Level.INFO, "{0} answered 405 to POST pack/: it takes packs as a GET with a body (the Python"
                        + " reference''s server does); its packs are sent so from now on", base);
            }
        }
        HttpChunkSource fallback = getWithBody();
        return guarded("GET", uri, () -> fallback.pack(refs));
    }

    /** The upstream's identity: its sync URL without user info, query or fragment. */
    @Override
    public String upstream() {
        return SyncRequests.identity(base);
    }

    /** How packs are sent now: POST, or GET with a body once the upstream refused POST (or when so configured). */
    public PackMethod packMethod() {
        return packMethod;
    }

    @Override
    public void close() {
        if (packClient != null) {
            closeQuietly(packClient);
            packClient = null;
        }
    }

    @Override
    public String toString() {
        return upstream();
    }

    private SyncRestApi packClient() {
        if (packClient == null) {
            packClient = SyncRestClients.build(base.resolve("pack/"));
        }
        return packClient;
    }

    /** The JDK-client source of GET-with-body packs, with the credentials configured now. */
    private HttpChunkSource getWithBody() {
        UpstreamHeaders headers = UpstreamAuthorization.headers(ConfigProvider.getConfig());
        if (getWithBody == null || !headers.equals(getWithBodyHeaders)) {
            getWithBody = HttpChunkSource.to(base)
                    .http(SyncHttpClients.builder(Duration.ofMillis(RestClientConfig.DEFAULT_CONNECT_TIMEOUT_MS)).build())
                    .packMethod(PackMethod.GET_WITH_BODY).retry(FALLBACK_TRY).maxBlobBytes(maxBlobBytes)
                    .headers(headers).build();
            getWithBodyHeaders = headers;
        }
        return getWithBody;
    }

    /**
     * Runs one request under {@link GuardedSyncCalls}, waiting out its 429s, and turns Fault Tolerance's own
     * exceptions into {@link UpstreamException}s naming the request.
     */
    private <T> T guarded(String method, URI uri, Supplier<T> exchange) {
        BusyUpstreamPolicy.Waits waits = busy.start();
        while (true) {
            try {
                return calls.call(exchange);
            } catch (UpstreamBusyException e) {
                Duration wait = waits.after(e);
                LOG.log(Level.INFO, "{0} {1} answered 429: asking again in {2}", new Object[] {method, uri, wait});
                sleep(method, uri, wait);
            } catch (TimeoutException e) {
                throw new UpstreamTimeoutException(method, uri,
                        "timed out (Fault Tolerance @Timeout of " + GuardedSyncCalls.class.getSimpleName() + ".call)", e);
            } catch (CircuitBreakerOpenException e) {
                throw new UpstreamUnavailableException(method, uri, 0, "not sent: the circuit breaker is open after"
                        + " repeated failures of the upstream; it lets a trial request through once its delay has passed", e);
            } catch (FaultToleranceException e) {
                throw new UpstreamUnavailableException(method, uri, 0, "failed: " + e, e);
            }
        }
    }

    /** Sends one request and reads its body, or throws what its status means ({@link UpstreamAnswers}). */
    private static <T> T read(String method, URI uri, Supplier<Response> send, Function<InputStream, T> reader) {
        try (Response response = send.get()) {
            int status = response.getStatus();
            if (status < 200 || status >= 300) {
                throw UpstreamAnswers.failure(method, uri, status,
                        UpstreamAnswers.excerpt(response.hasEntity() ? response.readEntity(InputStream.class) : null),
                        response.getHeaderString("Retry-After"));
            }
            try (InputStream body = new NoReadAheadBody(response.readEntity(InputStream.class))) {
                return reader.apply(body);
            } catch (SyncWireException e) {
                throw UpstreamAnswers.malformed(method, uri, status, e);
            }
        } catch (ProcessingException | UncheckedIOException e) {
            throw UpstreamAnswers.ioFailure(method, uri, e, "");
        } catch (IOException e) {
            throw UpstreamAnswers.ioFailure(method, uri, e, "");
        }
    }

    private static void sleep(String method, URI uri, Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamUnavailableException(method, uri, 429, "interrupted while waiting out a 429", e);
        }
    }

    private void closeQuietly(SyncRestApi client) {
        try {
            client.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "closing a REST client of " + base, e);
        }
    }
}
