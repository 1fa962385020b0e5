package io.holcstore.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.holcstore.rest.sync.client.SyncHttpClients;

import java.net.URL;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.logging.Logger;

/** The HTTP client of the client-side ({@code @RunAsClient}) tests. */
public final class LoopbackHttp {

    private static final Logger LOG = Logger.getLogger(LoopbackHttp.class.getName());

    private LoopbackHttp() {
    }

    /**
     * Logs the deployment URL {@code base}, checks that it is on {@link LoopbackExtension#LOOPBACK} and returns a
     * sync client ({@link SyncHttpClients}: HTTP/1.1, with which Payara receives a GET body).
     */
    public static HttpClient client(URL base) {
        LOG.info(() -> "Deployment URL: " + base);
        assertEquals(LoopbackExtension.LOOPBACK, base.getHost(), "tests must talk to 127.0.0.1 only");
        return SyncHttpClients.newClient();
    }

    /** Sends {@code request}, checking that it goes to, and is answered from, 127.0.0.1; a failure is an AssertionError. */
    public static <T> HttpResponse<T> send(HttpClient http, HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        assertEquals(LoopbackExtension.LOOPBACK, request.uri().getHost(), "tests talk to 127.0.0.1 only");
        try {
            HttpResponse<T> response = http.send(request, handler);
            assertEquals(LoopbackExtension.LOOPBACK, response.uri().getHost(), "no redirect away from loopback");
            return response;
        } catch (IOException e) {
            throw new AssertionError("HTTP call failed: " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
