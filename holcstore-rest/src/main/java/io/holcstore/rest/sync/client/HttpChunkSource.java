package io.holcstore.rest.sync.client;

import io.holcstore.rest.sync.wire.PackReader;
import io.holcstore.rest.sync.wire.PackRequestWriter;
import io.holcstore.rest.sync.wire.UpdatesPageHead;
import io.holcstore.rest.sync.wire.UpdatesPageReader;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.SeriesKey;
import io.holcstore.sync.ChunkSource;
import io.holcstore.sync.ChunkSourceException;
import io.holcstore.sync.UpdatesPage;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sync server read over HTTP with the JDK's client: the first updates page is
 * {@code GET {base}updates/?since=..&limit=..&<filter>}, later pages the server's {@code next} links as given, packs
 * {@code POST {base}pack/} (or a GET with the body, for the Python reference's server, see {@link PackMethod}).
 * The JDK client, not MicroProfile REST Client, because the latter cannot send a GET with a body. Bodies are read as
 * streams by the wire readers; a pack may hold no more chunks than asked, and no blob more than a cap. Failures are
 * retried as {@link RetryingExchange} says; what cannot be is a {@link io.holcstore.sync.ChunkSourceException}
 * naming the URL and the status. Not thread-safe (one walk at a time), as the puller needs.
 */
public final class HttpChunkSource implements ChunkSource {
    /** The default cap on one chunk's decoded blob: a month of hourly float64 is about 6 kB; a year of minutes 4 MB. */
    public static final long DEFAULT_MAX_BLOB_BYTES = 64L * 1024 * 1024;

    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);
    private static final String JSON = "application/json";
    /**
     * HTTP/1.1 whatever the client prefers: over plain HTTP the JDK client's default (HTTP/2) first sends each
     * request as an h2c upgrade, and Payara then reads the body of a GET-with-body pack request as empty.
     */
    private static final HttpClient.Version HTTP_VERSION = HttpClient.Version.HTTP_1_1;

    private final URI base;
    private final PackMethod packMethod;
    private final long maxBlobBytes;
    private final RetryingExchange exchange;

    /** A source of our server at {@code base}, with the default client, retries and blob cap. */
    public HttpChunkSource(URI base) {
        this(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), PackMethod.POST,
                RetryPolicy.defaults(), DEFAULT_MAX_BLOB_BYTES);
    }

    /**
     * @param base         the store's sync URL, e.g. {@code http://127.0.0.1:8080/api/sync/demo} (a missing final
     *                     {@code /} is added)
     * @param http         the client to send with (redirects, proxies, TLS as it is built)
     * @param packMethod   {@link PackMethod#POST} for our server, {@link PackMethod#GET_WITH_BODY} for the reference's
     * @param retry        how failed requests are retried
     * @param maxBlobBytes the most bytes one chunk's blob may decode to
     */
    public HttpChunkSource(URI base, HttpClient http, PackMethod packMethod, RetryPolicy retry, long maxBlobBytes) {
        Objects.requireNonNull(base, "base");
        this.base = base.getPath().endsWith("/") ? base : URI.create(base + "/");
        this.packMethod = Objects.requireNonNull(packMethod, "packMethod");
        if (maxBlobBytes < 0) {
            throw new IllegalArgumentException("maxBlobBytes must be at least 0, got " + maxBlobBytes);
        }
        this.maxBlobBytes = maxBlobBytes;
        this.exchange = new RetryingExchange(Objects.requireNonNull(http, "http"), Objects.requireNonNull(retry, "retry"));
    }

    @Override
    public UpdatesPage updates(Instant since, SeriesKey filter, int pageSize, String pageToken) {
        URI uri = pageToken == null ? UpdatesRequestUri.first(base, since, filter, pageSize) : nextPage(pageToken);
        HttpRequest request = HttpRequest.newBuilder(uri).version(HTTP_VERSION).timeout(REQUEST_TIMEOUT).header("Accept", JSON).GET().build();
        return exchange.send(request, body -> {
            List<ChunkUpdate> updates = new ArrayList<>();
            UpdatesPageHead head = UpdatesPageReader.read(body, updates::add);
            return new UpdatesPage(updates, Optional.ofNullable(head.next()));
        });
    }

    @Override
    public List<ChunkTransfer> pack(List<ChunkRef> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        ByteArrayOutputStream requestBody = new ByteArrayOutputStream();
        PackRequestWriter.write(requestBody, refs);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("pack/")).version(HTTP_VERSION).timeout(REQUEST_TIMEOUT)
                .header("Accept", JSON).header("Content-Type", JSON)
                .method(packMethod.httpName(), BodyPublishers.ofByteArray(requestBody.toByteArray()))
                .build();
        PackReader reader = new PackReader(refs.size(), maxBlobBytes);
        return exchange.send(request, body -> {
            List<ChunkTransfer> chunks = new ArrayList<>(refs.size());
            reader.read(body, chunks::add);
            return chunks;
        });
    }

    private URI nextPage(String next) {
        try {
            return URI.create(next);
        } catch (IllegalArgumentException e) {
            throw new ChunkSourceException(base + "updates/ gave a next link that is no URL: " + next, e);
        }
    }

    /** The base URL without user info, query or fragment (credentials must not become part of a stored key). */
    @Override
    public String upstream() {
        try {
            return new URI(base.getScheme(), null, base.getHost(), base.getPort(), base.getPath(), null, null).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("the base URL " + base + " has no form without user info", e);
        }
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
