package io.holcstore.rest.sync.client.mp;

import io.holcstore.rest.sync.client.BusyUpstreamPolicy;
import io.holcstore.rest.sync.client.HttpChunkSource;
import io.holcstore.rest.sync.client.PackMethod;
import io.holcstore.rest.sync.client.RetryPolicy;
import io.holcstore.rest.sync.client.UpdatesRequestUri;
import io.holcstore.rest.sync.client.UpstreamAnswers;
import io.holcstore.rest.sync.client.UpstreamBusyException;
import io.holcstore.rest.sync.client.UpstreamException;
import io.holcstore.rest.sync.client.UpstreamTimeoutException;
import io.holcstore.rest.sync.client.UpstreamUnavailableException;
import io.holcstore.rest.sync.wire.PackReader;
import io.holcstore.rest.sync.wire.PackRequestWriter;
import io.holcstore.rest.sync.wire.SyncWireException;
import io.holcstore.rest.sync.wire.UpdatesPageHead;
import io.holcstore.rest.sync.wire.UpdatesPageReader;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.SeriesKey;
import io.holcstore.sync.ChunkSource;
import io.holcstore.sync.UpdatesPage;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A sync server read in a container: {@code updates/} and {@code POST pack/} through the MicroProfile REST Client
 * ({@link SyncRestApi}), each request under the Fault Tolerance policies of {@link GuardedSyncCalls}, bodies streamed
 * through the same wire readers as {@link HttpChunkSource}. Get one from {@link RestClientChunkSources}.
 *
 * <p>What a request's answer does: 2xx is read; 429 is waited out as {@link BusyUpstreamPolicy} says and asked again,
 * outside the retry count; 5xx and I/O errors are retried by Fault Tolerance; other 4xx fail at once. A failure that
 * ends the pull is an {@link UpstreamException} naming the method, URL and status ({@link UpstreamException.Failure#TIMEOUT}
 * for a read timeout or a Fault Tolerance timeout, {@link UpstreamException.Failure#UNAVAILABLE} with "circuit breaker open" while the upstream is given a
 * rest).
 *
 * <p><b>The Python reference's server</b> answers {@code POST pack/} with 405: it takes only a GET with a JSON body,
 * which the MicroProfile REST Client cannot send (Jersey drops the body, RESTEasy refuses it). On that 405 this
 * source switches its packs, for the rest of its life, to an {@link HttpChunkSource} with
 * {@link PackMethod#GET_WITH_BODY} (the JDK client, with the same credentials), still under the Fault Tolerance
 * timeout and circuit breaker, and logs it once; its updates pages stay on the REST Client.
 *
 * <p>Next links must stay on the upstream's {@code updates/} URL (same scheme, host, port and path): the credentials
 * are never sent elsewhere. Not thread-safe (one walk at a time), as the puller needs; {@link #close} releases the
 * clients.
 */
public final class RestClientChunkSource implements ChunkSource, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RestClientChunkSource.class.getName());
    private static final int METHOD_NOT_ALLOWED = 405;
    /** The GET-with-body fallback retries on its own (it is a ChunkSourceException to Fault Tolerance, not retried). */
    private static final RetryPolicy FALLBACK_RETRY = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(10),
            Duration.ofMinutes(1));

    private final URI base;
    private final GuardedSyncCalls calls;
    private final BusyUpstreamPolicy busy;
    private final long maxBlobBytes;
    private PackMethod packMethod;
    private SyncRestApi packClient;
    private HttpChunkSource getWithBody;

    /**
     * @param base         the store's sync URL (a missing final {@code /} is added)
     * @param calls        the Fault Tolerance bean each request runs under
     * @param packMethod   {@link PackMethod#POST} (switched to GET on a 405), or {@link PackMethod#GET_WITH_BODY} for an
     *                     upstream known to be the reference's
     * @param busy         how 429 answers are waited out
     * @param maxBlobBytes the most bytes one chunk's blob may decode to
     */
    RestClientChunkSource(URI base, GuardedSyncCalls calls, PackMethod packMethod, BusyUpstreamPolicy busy,
                          long maxBlobBytes) {
        Objects.requireNonNull(base, "base");
        this.base = base.getPath().endsWith("/") ? base : URI.create(base + "/");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.packMethod = Objects.requireNonNull(packMethod, "packMethod");
        this.busy = Objects.requireNonNull(busy, "busy");
        if (maxBlobBytes < 0) {
            throw new IllegalArgumentException("maxBlobBytes must be at least 0, got " + maxBlobBytes);
        }
        this.maxBlobBytes = maxBlobBytes;
    }

    @Override
    public UpdatesPage updates(Instant since, SeriesKey filter, int pageSize, String pageToken) {
        URI page = pageToken == null ? UpdatesRequestUri.first(base, since, filter, pageSize) : nextPage(pageToken);
        return guarded("GET", page, () -> {
            SyncRestApi client = SyncRestClients.build(withQueryOf(page));
            try {
                return read("GET", page, client::updates, body -> {
                    List<ChunkUpdate> updates = new ArrayList<>();
                    UpdatesPageHead head = UpdatesPageReader.read(body, updates::add);
                    return new UpdatesPage(updates, Optional.ofNullable(head.next()));
                });
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
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            PackRequestWriter.write(request, refs);
            byte[] body = request.toByteArray();
            PackReader reader = new PackReader(refs.size(), maxBlobBytes);
            try {
                return guarded("POST", uri, () -> read("POST", uri, () -> packClient().pack(body), in -> {
                    List<ChunkTransfer> chunks = new ArrayList<>(refs.size());
                    reader.read(in, chunks::add);
                    return chunks;
                }));
            } catch (UpstreamException e) {
                if (e.status().orElse(0) != METHOD_NOT_ALLOWED) {
                    throw e;
                }
                packMethod = PackMethod.GET_WITH_BODY;
                LOG.log(Level.INFO, "{0} answered 405 to POST pack/: it takes packs as a GET with a body (the Python"
                        + " reference''s server does); its packs are sent so from now on", base);
            }
        }
        return guarded("GET", uri, () -> getWithBody().pack(refs));
    }

    /** The upstream's identity: its sync URL without user info, query or fragment. */
    public String upstream() {
        return URI.create(base.getScheme() + "://" + base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort())
                + base.getRawPath()).toString();
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
            packClient = SyncRestClients.build(base);
        }
        return packClient;
    }

    private HttpChunkSource getWithBody() {
        if (getWithBody == null) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(RestClientConfig.DEFAULT_CONNECT_TIMEOUT_MS))
                    .build();
            getWithBody = new HttpChunkSource(base,
                    new AuthorizingHttpClient(http, () -> UpstreamAuthorization.header(ConfigProvider.getConfig())),
                    PackMethod.GET_WITH_BODY, FALLBACK_RETRY, maxBlobBytes);
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
            try (InputStream body = response.readEntity(InputStream.class)) {
                return reader.apply(body);
            }
        } catch (SyncWireException e) {
            throw new UpstreamException(UpstreamException.Failure.MALFORMED_ANSWER, method, uri, 200,
                    "answered a body a pull cannot read: " + e.getMessage(), e);
        } catch (ProcessingException | UncheckedIOException e) {
            throw ioFailure(method, uri, e);
        } catch (IOException e) {
            throw ioFailure(method, uri, e);
        }
    }

    private URI nextPage(String next) {
        URI uri;
        try {
            uri = URI.create(next);
        } catch (IllegalArgumentException e) {
            throw new UpstreamException(UpstreamException.Failure.MALFORMED_ANSWER, "GET", base.resolve("updates/"), 200,
                    "gave a next link that is no URL: " + next, e);
        }
        URI updates = base.resolve("updates/");
        boolean sameEndpoint = Objects.equals(uri.getScheme(), updates.getScheme())
                && Objects.equals(uri.getHost(), updates.getHost()) && uri.getPort() == updates.getPort()
                && Objects.equals(uri.getRawPath(), updates.getRawPath()) && uri.getRawUserInfo() == null;
        if (!sameEndpoint) {
            throw new UpstreamException(UpstreamException.Failure.MALFORMED_ANSWER, "GET", updates, 200,
                    "gave a next link off its own updates/ URL, which a pull does not follow: " + next, null);
        }
        return uri;
    }

    /** {@code <sync URL>?<the page's query>}: the REST Client's base for {@link SyncRestApi#updates()}. */
    private URI withQueryOf(URI page) {
        return page.getRawQuery() == null ? base : URI.create(base + "?" + page.getRawQuery());
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

    /** An I/O failure: a timeout if a read or connect timed out (504 to a caller), unavailable otherwise (502). */
    private static UpstreamUnavailableException ioFailure(String method, URI uri, Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root instanceof SocketTimeoutException || root instanceof HttpTimeoutException
                ? new UpstreamTimeoutException(method, uri, "timed out: " + root, e)
                : new UpstreamUnavailableException(method, uri, 0, "failed: " + root, e);
    }
}
