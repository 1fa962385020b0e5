package io.holcstore.rest.sync.wire;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The exchanges captured from the Python reference's sync server, under {@code /protocol/}: {@code NN_name.body.json}
 * are exact response bodies, {@code NN_name.txt} the request and response heads (a pack request's body included).
 */
final class Captures {

    private Captures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Captures.class.getResourceAsStream("/protocol/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no capture /protocol/" + name + " on the test class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static InputStream stream(String name) {
        return new ByteArrayInputStream(bytes(name));
    }

    /** The response body of capture {@code name} ({@code 01_updates_filter_page1}) as a JSON value. */
    static JsonStructure body(String name) {
        return json(text(name + ".body.json"));
    }

    static JsonStructure json(String text) {
        return Json.createReader(new StringReader(text)).read();
    }

    static JsonValue json(byte[] utf8) {
        return json(new String(utf8, StandardCharsets.UTF_8));
    }

    /** The request body recorded in {@code name.txt}: what follows the request head, up to the response; "" if none. */
    static String requestBody(String name) {
        String exchange = text(name + ".txt");
        String request = exchange.substring(0, exchange.indexOf("\nRESPONSE "));
        int headEnd = request.indexOf("\n\n");
        return headEnd < 0 ? "" : request.substring(headEnd + 2).strip();
    }
}
