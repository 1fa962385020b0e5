package io.holcstore.it.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import io.holcstore.it.support.LoopbackExtension;
import io.holcstore.it.support.LoopbackHttp;

/**
 * HTTP calls to the deployed example, to 127.0.0.1 only, each as anonymous or as a user (HTTP Basic): paths under
 * the application ({@code api/...}) or under the server root ({@code /health/ready}, {@code /metrics}).
 */
final class ExampleHttp {
    /** Who calls: nobody, or a user name and password. */
    record Caller(Optional<String> user, String password) {
        static final Caller ANONYMOUS = new Caller(Optional.empty(), "");

        static Caller user(String name, String password) {
            return new Caller(Optional.of(name), password);
        }

        HttpRequest.Builder sign(HttpRequest.Builder request) {
            return user.map(name -> request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)))).orElse(request);
        }
    }

    private final HttpClient http;
    private final URI base;

    /** @param base the deployment URL, e.g. {@code http://127.0.0.1:8123/holcstore-example/} */
    ExampleHttp(URL base) {
        this.http = LoopbackHttp.client(base);
        try {
            this.base = base.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(base.toString(), e);
        }
        assertEquals(LoopbackExtension.LOOPBACK, this.base.getHost());
    }

    /** {@code path} under the application, or under the server root if it starts with {@code /}. */
    URI resolve(String path) {
        return base.resolve(path);
    }

    HttpResponse<String> get(Caller caller, String path, String accept) {
        return send(caller, HttpRequest.newBuilder(resolve(path)).header("Accept", accept).GET());
    }

    HttpResponse<String> putJson(Caller caller, String path, String json) {
        return send(caller, HttpRequest.newBuilder(resolve(path)).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(json)));
    }

    HttpResponse<String> post(Caller caller, String path) {
        return send(caller, HttpRequest.newBuilder(resolve(path)).header("Accept", "application/json")
                .POST(BodyPublishers.noBody()));
    }

    HttpResponse<String> delete(Caller caller, String path) {
        return send(caller, HttpRequest.newBuilder(resolve(path)).header("Accept", "application/json").DELETE());
    }

    private HttpResponse<String> send(Caller caller, HttpRequest.Builder request) {
        return LoopbackHttp.send(http, caller.sign(request).timeout(Duration.ofSeconds(60)).build(), BodyHandlers.ofString());
    }
}
