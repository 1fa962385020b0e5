package io.holcstore.rest.sync.client;

import io.holcstore.rest.sync.wire.PackReader;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.SeriesKey;
import io.holcstore.sync.ChunkSource;
import io.holcstore.sync.UpdatesPage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A sync server read over HTTP with the JDK's client: the first updates page is
 * {@code GET {base}updates/?since=..&limit=..&<filter>}, later pages the server's {@code next} links as given, packs
 * {@code POST {base}pack/} (or a GET with the body, for the Python reference's server, see {@link PackMethod}).
 * The JDK client, not MicroProfile REST Client, because the latter cannot send a GET with a body.
 *
 * <p>It never hangs, floods or leaks: every try must get its whole answer within the request timeout, and every
 * request ends within its {@link RetryPolicy}'s bounds (tries, 429s, total time; {@link RetryingExchange}); a page
 * may hold no more updates than asked, a pack no more chunks than asked and no blob more than a cap, each read as a
 * stream; {@code next} links are followed, and the configured {@link UpstreamHeaders} (credentials) sent, only
 * within the origin of {@code base} ({@link UpstreamOrigin}). A POSTed pack answered 405 switches this source to
 * GET-with-body for its life: the reference's server takes no POST. What cannot be read is a
 * {@link UpstreamException} naming the URL and the status ({@link UpstreamAnswers}), as the container transport's.
 * Not thread-safe (one walk at a time), as the puller needs.
 */
public final class HttpChunkSource implements ChunkSource {
    /** The default cap on one chunk's decoded blob: a month of hourly float64 is about 6 kB; a year of minutes 4 MB. */
    public static final long DEFAULT_MAX_BLOB_BYTES = 64L * 1024 * 1024;
    /** The default bound on one try, from sending the request to the last byte of its answer. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofMinutes(2);

    private static final Logger LOG = Logger.getLogger(HttpChunkSource.class.getName());
    private static final String JSON = "application/json";
    private static final int METHOD_NOT_ALLOWED = 405;

    private final URI base;
    private final UpstreamOrigin origin;
    private final UpstreamHeaders headers;
    private final long maxBlobBytes;
    private final RetryingExchange exchange;
    /** POST until the server answers it 405; read from the prefetch executor's threads, one call at a time. */
    private volatile PackMethod packMethod;

    /** A source of our server at {@code base}, with the default client, retries, timeouts and blob cap. */
    public HttpChunkSource(URI base) {
        this(to(base));
    }

    /**
     * A source with the default request timeout and no configured header.
     *
     * @param base         the store's sync URL, e.g. {@code http://127.0.0.1:8080/api/sync/demo} (a missing final
     *                     {@code /} is added)
     * @param http         the client to send with (proxies, TLS as it is built; see {@link SyncHttpClients})
     * @param packMethod   how packs are asked first; {@link PackMethod#POST} also switches to GET on a 405
     * @param retry        how failed requests are retried
     * @param maxBlobBytes the most bytes one chunk's blob may decode to
     * @throws InvalidArgumentException naming the argument that is missing or out of range
     */
    public HttpChunkSource(URI base, HttpClient http, PackMethod packMethod, RetryPolicy retry, long maxBlobBytes) {
        this(to(base).http(http).packMethod(packMethod).retry(retry).maxBlobBytes(maxBlobBytes));
    }

    private HttpChunkSource(Builder options) {
        this.base = SyncRequests.base(options.base);
        this.origin = UpstreamOrigin.of(base, "base");
        this.headers = options.headers;
        this.packMethod = options.packMethod;
        this.maxBlobBytes = options.maxBlobBytes;
        HttpClient http = options.http == null ? SyncHttpClients.newClient() : options.http;
        boolean authorizationHeader = headers.asMap().keySet().stream().anyMatch("Authorization"::equalsIgnoreCase);
        if (authorizationHeader && http.authenticator().isPresent()) {
            throw new InvalidArgumentException("headers", "set Authorization, which the JDK client drops when it has an"
                    + " authenticator, as this one has: give the credentials one way");
        }
        this.exchange = new RetryingExchange(http, options.retry, options.requestTimeout);
    }

    /** A builder of a source of the sync server at {@code base}, with every option at its default. */
    public static Builder to(URI base) {
        return new Builder(base);
    }

    @Override
    public UpdatesPage updates(Instant since, SeriesKey filter, int pageSize, String pageToken) {
        URI uri = SyncRequests.updatesPage(base, origin, since, filter, pageSize, pageToken);
        HttpRequest request = request(uri).header("Accept", JSON).GET().build();
        return exchange.send(request, body -> SyncRequests.readPage(body, pageSize, origin, "GET " + uri));
    }

    @Override
    public List<ChunkTransfer> pack(List<ChunkRef> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        byte[] asked = SyncRequests.packRequest(refs);
        PackMethod method = packMethod;
        try {
            return pack(refs.size(), asked, method);
        } catch (UpstreamException e) {
            if (e.status().orElse(0) != METHOD_NOT_ALLOWED || method != PackMethod.POST) {
                throw e;
            }
            packMethod = PackMethod.GET_WITH_BODY;
            LOG.log(Level.INFO, "{0}pack/ answered 405 to a POST: this source asks its packs by GET with a body from"
                    + " now on, as the Python reference''s server takes them", base);
            return pack(refs.size(), asked, PackMethod.GET_WITH_BODY);
        }
    }

    private List<ChunkTransfer> pack(int chunks, byte[] asked, PackMethod method) {
        HttpRequest request = request(base.resolve("pack/")).header("Accept", JSON).header("Content-Type", JSON)
                .method(method.httpName(), BodyPublishers.ofByteArray(asked))
                .build();
        PackReader reader = new PackReader(chunks, maxBlobBytes);
        return exchange.send(request, body -> SyncRequests.readPack(body, reader, chunks));
    }

    /** A request to {@code uri}, which lies within the upstream's origin, with the configured headers. */
    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).version(SyncHttpClients.VERSION);
        headers.addTo(request);
        return request;
    }

    /** How packs are asked now: the configured method, or GET-with-body once a POST was answered 405. */
    public PackMethod packMethod() {
        return packMethod;
    }

    /** The base URL without user info, query or fragment (credentials must not become part of a stored key). */
    @Override
    public String upstream() {
        return SyncRequests.identity(base);
    }

    @Override
    public String toString() {
        return base.toString();
    }

    /** The options of a source; each checked as it is set, with an error naming it. */
    public static final class Builder {
        private final URI base;
        private HttpClient http;
        private PackMethod packMethod = PackMethod.POST;
        private RetryPolicy retry = RetryPolicy.defaults();
        private long maxBlobBytes = DEFAULT_MAX_BLOB_BYTES;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private UpstreamHeaders headers = UpstreamHeaders.none();

        private Builder(URI base) {
            UpstreamOrigin.of(base, "base");
            this.base = base;
        }

        /**
         * The client to send with, {@link SyncHttpClients#newClient()} by default. One that follows redirects must
         * not answer credential challenges but through {@link UpstreamOrigin#authenticator} of this upstream: a
         * redirect would take the credentials to another host.
         */
        public Builder http(HttpClient client) {
            InvalidArgumentException.requireNonNull(client, "http");
            if (client.followRedirects() != HttpClient.Redirect.NEVER && client.authenticator()
                    .filter(authenticator -> !UpstreamOrigin.of(base, "base").bound(authenticator)).isPresent()) {
                throw new InvalidArgumentException("http", "follows redirects and answers credential challenges of"
                        + " any host: a redirect would take the upstream's credentials elsewhere; use"
                        + " UpstreamOrigin.authenticator or UpstreamHeaders, or a client that does not follow redirects");
            }
            this.http = client;
            return this;
        }

        /** How packs are asked first, {@link PackMethod#POST} by default (which switches to GET on a 405). */
        public Builder packMethod(PackMethod method) {
            this.packMethod = InvalidArgumentException.requireNonNull(method, "packMethod");
            return this;
        }

        /** How failed requests are retried, and every request bounded; {@link RetryPolicy#defaults()} by default. */
        public Builder retry(RetryPolicy policy) {
            this.retry = InvalidArgumentException.requireNonNull(policy, "retry");
            return this;
        }

        /** The most bytes one chunk's blob may decode to, at least 0; {@link #DEFAULT_MAX_BLOB_BYTES} by default. */
        public Builder maxBlobBytes(long bytes) {
            if (bytes < 0) {
                throw new InvalidArgumentException("maxBlobBytes", "must be at least 0, got " + bytes);
            }
            this.maxBlobBytes = bytes;
            return this;
        }

        /**
         * The most one try may take, from sending the request to the last byte of its answer, at least 1 ms;
         * {@link #DEFAULT_REQUEST_TIMEOUT} by default. A pack of a thousand year chunks is tens of megabytes: give it
         * the time the slowest link takes.
         */
        public Builder requestTimeout(Duration timeout) {
            InvalidArgumentException.requireNonNull(timeout, "requestTimeout");
            if (timeout.toMillis() < 1) {
                throw new InvalidArgumentException("requestTimeout", "must be at least 1 ms, got " + timeout);
            }
            this.requestTimeout = timeout;
            return this;
        }

        /** The headers sent with every request (credentials, typically), to the upstream's origin only. */
        public Builder headers(UpstreamHeaders sent) {
            this.headers = InvalidArgumentException.requireNonNull(sent, "headers");
            return this;
        }

        /**
         * The source.
         *
         * @throws InvalidArgumentException naming {@code headers} if they set {@code Authorization} while the client
         *                                  has an authenticator: the JDK client then drops the header silently
         */
        public HttpChunkSource build() {
            return new HttpChunkSource(this);
        }
    }
}
