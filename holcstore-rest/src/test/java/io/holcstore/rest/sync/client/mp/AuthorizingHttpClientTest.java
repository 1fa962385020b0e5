package io.holcstore.rest.sync.client.mp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link AuthorizingHttpClient} against a local JDK HTTP server recording the {@code Authorization} it receives. */
class AuthorizingHttpClientTest {
    private HttpServer server;
    private final List<String> received = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            synchronized (received) {
                received.add(String.valueOf(exchange.getRequestHeaders().get("Authorization")));
            }
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void everyRequestCarriesTheHeaderOfTheMoment() throws Exception {
        List<Optional<String>> values = new ArrayList<>(List.of(Optional.of("Token one"), Optional.of("Token two")));
        HttpClient http = new AuthorizingHttpClient(HttpClient.newHttpClient(), () -> values.remove(0));

        http.send(get().build(), BodyHandlers.discarding());
        http.send(get().method("GET", HttpRequest.BodyPublishers.ofString("[]")).build(), BodyHandlers.discarding());

        assertEquals(List.of("[Token one]", "[Token two]"), received);
    }

    @Test
    void theConfiguredHeaderReplacesOneTheRequestHad() throws Exception {
        HttpClient http = new AuthorizingHttpClient(HttpClient.newHttpClient(), () -> Optional.of("Token mine"));

        http.send(get().header("Authorization", "Basic other").build(), BodyHandlers.discarding());

        assertEquals(List.of("[Token mine]"), received);
    }

    @Test
    void noCredentialsLeaveTheRequestAsItIs() throws Exception {
        HttpClient http = new AuthorizingHttpClient(HttpClient.newHttpClient(), Optional::empty);

        http.send(get().build(), BodyHandlers.discarding());
        http.send(get().header("Authorization", "Basic own").build(), BodyHandlers.discarding());

        assertEquals(List.of("null", "[Basic own]"), received);
    }

    private HttpRequest.Builder get() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sync/pack/"));
    }
}
