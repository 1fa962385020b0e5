package io.holcstore.rest.sync.wire;

import io.holcstore.rest.error.MalformedBodyException;
import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;

import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * JSON-P plumbing shared by the sync envelopes: compact UTF-8 generators that leave the caller's stream open,
 * parsers over UTF-8 (RFC 8259; the reference writes non-ASCII unescaped), and the translation of JSON-P's
 * failures into a {@link SyncWireException} (bad JSON) or an {@link UncheckedIOException} (a broken connection,
 * which a client retries and must not take for a bad body).
 */
final class WireJson {
    /** Looked up once (see {@code KeyJson}): a lookup per value measured as most of a sync server's CPU. */
    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());
    private static final JsonGeneratorFactory GENERATORS = PROVIDER.createGeneratorFactory(Map.of());

    private WireJson() {
    }

    /** A compact generator writing UTF-8 to {@code out}; closing it flushes but leaves {@code out} open. */
    static JsonGenerator generator(OutputStream out) {
        return GENERATORS.createGenerator(new OutputStreamWriter(unclosed(out), StandardCharsets.UTF_8));
    }

    /** {@code out} behind a stream whose close only flushes: the caller's stream stays open. */
    static OutputStream unclosed(OutputStream out) {
        return new UnclosedOutputStream(out);
    }

    /** A parser reading {@code in} as UTF-8; closing it closes {@code in}. */
    static JsonParser parser(InputStream in) {
        return parser(reader(in));
    }

    /** {@code in} as buffered UTF-8 text (it can be marked, to peek at an empty body). */
    static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Whether {@code text} holds nothing but JSON whitespace; if not, it is left at its first other character. */
    static boolean blank(BufferedReader text) {
        try {
            while (true) {
                text.mark(1);
                int c = text.read();
                if (c == -1) {
                    return true;
                }
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    text.reset();
                    return false;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the body failed", e);
        }
    }

    /** A parser over {@code text}; closing it closes {@code text}. */
    static JsonParser parser(Reader text) {
        return PARSERS.createParser(text);
    }

    /**
     * The body's error for a failure of JSON-P while reading it: bad or truncated JSON becomes
     * {@link WireProblem#MALFORMED_JSON}; an I/O failure is rethrown as such.
     *
     * @param where how far reading went, such as "after 3 chunks"
     */
    static RuntimeException readFailure(JsonException e, String where) {
        if (e instanceof JsonParsingException) {
            return SyncWireException.ofBody(WireProblem.MALFORMED_JSON, "the body is not valid JSON " + where
                    + " (" + e.getMessage() + ")", e);
        }
        if (e.getCause() instanceof IOException io) {
            return new UncheckedIOException("reading the body failed " + where, io);
        }
        return SyncWireException.ofBody(WireProblem.MALFORMED_JSON, "the body could not be read as JSON " + where
                + " (" + e.getMessage() + ")", e);
    }

    /** The error for a body whose top level is not {@code expected}. */
    static SyncWireException notThe(String expected, Event got) {
        return SyncWireException.ofBody(WireProblem.MALFORMED_BODY, "the body must be " + expected + ", got "
                + MalformedBodyException.describe(got));
    }

    /** Refuses anything after the body's top-level value. */
    static void expectEnd(JsonParser parser) {
        if (parser.hasNext()) {
            throw SyncWireException.ofBody(WireProblem.MALFORMED_BODY, "the body goes on after its JSON value");
        }
    }

    /** Skips the value that follows a member name, whatever its kind. */
    static void skipValue(JsonParser parser) {
        Event event = parser.next();
        if (event == Event.START_OBJECT) {
            parser.skipObject();
        } else if (event == Event.START_ARRAY) {
            parser.skipArray();
        }
    }


    /** Lets the generator flush into the caller's stream when it closes, without closing that stream. */
    private static final class UnclosedOutputStream extends FilterOutputStream {
        UnclosedOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
