package io.holcstore.rest.sync.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A JDK {@code HttpServer} on 127.0.0.1, ephemeral port, answering each request with what a script gives for it and
 * recording the requests: a sync server whose answers (captured bodies, errors, stalls, endless bodies) a test
 * chooses. Links in the answers to the captures' server ({@value #CAPTURED_ORIGIN}) are rewritten to this one, so
 * that a client follows them here. Each exchange runs on a thread of its own, so that a stalled answer holds up no
 * other; closing the server ends every stall.
 */
final class ScriptedSyncServer implements AutoCloseable {
    /** The host and port the captured reference bodies name in their links. */
    static final String CAPTURED_ORIGIN = "http://127.0.0.1:60349";

    /**
     * One answer: status, headers, body; the body is sent as the first {@code sentBeforeStall} bytes, then, after
     * a stall of {@code stall} (cut short when the server closes), the rest; or, with a {@code stream}, as what that
     * writes.
     */
    record Answer(int status, Map<String, String> headers, byte[] body, int sentBeforeStall, Duration stall,
                  BodyStream stream) {
        static Answer json(String body) {
            return new Answer(200, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8),
                    0, Duration.ZERO, null);
        }

        static Answer status(int status, Map<String, String> headers) {
            return new Answer(status, headers, ("{\"error\": \"status " + status + "\"}").getBytes(StandardCharsets.UTF_8),
                    0, Duration.ZERO, null);
        }

        /** {@code body} whose first {@code sentBeforeStall} bytes come at once, the rest after {@code stall}. */
        static Answer stalled(String body, int sentBeforeStall, Duration stall) {
            return new Answer(200, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8),
                    sentBeforeStall, stall, null);
        }

        /** A 200 JSON body of unknown length, written by {@code stream} until it returns or the client hangs up. */
        static Answer streamed(BodyStream stream) {
            return new Answer(200, Map.of("Content-Type", "application/json"), new byte[0], 0, Duration.ZERO, stream);
        }
    }

    /** Writes a body. */
    interface BodyStream {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A request as received, its header names in lower case. */
    record Received(String method, URI uri, Map<String, List<String>> headers, String body) {
        /** The first value of the header {@code name} (any case), or null. */
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<Received> received = new CopyOnWriteArrayList<>();

    ScriptedSyncServer(Function<Received, Answer> script) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> answer(exchange, script));
        server.setExecutor(threads);
        server.start();
    }

    private void answer(HttpExchange exchange, Function<Received, Answer> script) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI(), headers,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            Answer answer = script.apply(request);
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            if (answer.stream() != null) {
                exchange.sendResponseHeaders(answer.status(), 0);
                answer.stream().writeTo(exchange.getResponseBody());
                return;
            }
            byte[] body = new String(answer.body(), StandardCharsets.UTF_8).replace(CAPTURED_ORIGIN, origin())
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            OutputStream out = exchange.getResponseBody();
            if (answer.sentBeforeStall() > 0) {
                out.write(body, 0, answer.sentBeforeStall());
                out.flush();
                closed.await(answer.stall().toMillis(), TimeUnit.MILLISECONDS);
                out.write(body, answer.sentBeforeStall(), body.length - answer.sentBeforeStall());
            } else {
                out.write(body);
            }
        } catch (IOException e) {
            // the client hung up (it gave up on a stalled or endless answer): nothing more to send
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
        closed.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
