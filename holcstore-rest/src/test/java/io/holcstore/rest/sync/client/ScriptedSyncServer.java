package io.holcstore.rest.sync.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A JDK {@code HttpServer} on 127.0.0.1, ephemeral port, answering each request with what a script gives for it and
 * recording the requests: a sync server whose answers (captured bodies, errors) a test chooses. Links in the answers
 * to the captures' server ({@value #CAPTURED_ORIGIN}) are rewritten to this one, so that a client follows them here.
 */
final class ScriptedSyncServer implements AutoCloseable {
    /** The host and port the captured reference bodies name in their links. */
    static final String CAPTURED_ORIGIN = "http://127.0.0.1:60349";

    /** One answer: status, headers, body. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
        static Answer json(String body) {
            return new Answer(200, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
        }

        static Answer status(int status, Map<String, String> headers) {
            return new Answer(status, headers, ("{\"error\": \"status " + status + "\"}").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A request as received. */
    record Received(String method, URI uri, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    ScriptedSyncServer(Function<Received, Answer> script) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> answer(exchange, script));
        server.start();
    }

    private void answer(HttpExchange exchange, Function<Received, Answer> script) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI(),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            Answer answer = script.apply(request);
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] body = new String(answer.body(), StandardCharsets.UTF_8).replace(CAPTURED_ORIGIN, origin())
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** {@code http://127.0.0.1:<port>} */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The captured response body {@code name}, as the reference's server sent it. */
    static String captured(String name) {
        try (InputStream in = ScriptedSyncServer.class.getResourceAsStream("/protocol/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no capture /protocol/" + name + " on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Received> received() {
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
