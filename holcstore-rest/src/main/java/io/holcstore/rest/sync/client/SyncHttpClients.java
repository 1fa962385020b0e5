package io.holcstore.rest.sync.client;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The JDK HTTP clients that talk to sync servers, built in one place: HTTP/1.1 whatever the client prefers. Over
 * plain HTTP the JDK client's default (HTTP/2) first sends each request as an h2c upgrade, and Payara then reads the
 * body of a GET-with-body pack request as empty. Redirects are not followed: a sync client sends its requests, and
 * its credentials, to its upstream's origin only.
 */
public final class SyncHttpClients {
    /** The HTTP version every sync request is sent with. */
    public static final HttpClient.Version VERSION = HttpClient.Version.HTTP_1_1;
    /** How long a connection may take to open, unless the builder is given another. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private SyncHttpClients() {
    }

    /** A builder for a sync client: HTTP/1.1, no redirects, the given connect timeout; add TLS, proxy as needed. */
    public static HttpClient.Builder builder(Duration connectTimeout) {
        return HttpClient.newBuilder().version(VERSION).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout);
    }

    /** A sync client with the default connect timeout. */
    public static HttpClient newClient() {
        return builder(DEFAULT_CONNECT_TIMEOUT).build();
    }
}
