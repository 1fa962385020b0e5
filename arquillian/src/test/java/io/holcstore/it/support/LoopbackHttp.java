package io.holcstore.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.logging.Logger;

/** The HTTP client of the client-side ({@code @RunAsClient}) tests. */
public final class LoopbackHttp {

    private static final Logger LOG = Logger.getLogger(LoopbackHttp.class.getName());

    private LoopbackHttp() {
    }

    /**
     * Logs the deployment URL {@code base}, checks that it is on {@link LoopbackExtension#LOOPBACK} and returns an
     * HTTP/1.1 client: with the default (HTTP/2, i.e. an h2c upgrade on plain http) Payara receives a GET body empty.
     */
    public static HttpClient client(URL base) {
        LOG.info(() -> "Deployment URL: " + base);
        assertEquals(LoopbackExtension.LOOPBACK, base.getHost(), "tests must talk to 127.0.0.1 only");
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }
}
