package io.holcstore.it.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;


import io.holcstore.it.support.JsonAnswers;
import io.holcstore.it.support.LoopbackExtension;
import io.holcstore.it.support.LoopbackHttp;

/** HTTP calls of the sync server test, to 127.0.0.1 only: absolute URIs (the server's own links) or paths under a base. */
final class SyncHttp {
    private final HttpClient http;
    private final URI base;

    /** @param base e.g. {@code http://127.0.0.1:8080/sync-server/api/} */
    SyncHttp(HttpClient http, URI base) {
        assertEquals(LoopbackExtension.LOOPBACK, base.getHost());
        this.http = http;
        this.base = base;
    }

    URI resolve(String pathAndQuery) {
        return base.resolve(pathAndQuery);
    }

    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    /** {@code method} with a JSON body; GET included, as the reference's client sends its pack requests. */
    HttpResponse<String> send(String method, URI uri, String jsonBody) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", JsonAnswers.JSON).method(method, BodyPublishers.ofString(jsonBody)));
    }

    HttpResponse<String> put(URI uri, String jsonBody) {
        return send("PUT", uri, jsonBody);
    }

    HttpResponse<String> delete(URI uri) {
        return send(HttpRequest.newBuilder(uri).DELETE());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return LoopbackHttp.send(http, request.timeout(Duration.ofSeconds(60)).build(), BodyHandlers.ofString());
    }
}
