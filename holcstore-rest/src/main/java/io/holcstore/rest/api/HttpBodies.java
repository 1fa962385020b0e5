package io.holcstore.rest.api;

import io.holcstore.series.Series;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Variant;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The request and response bodies the resource methods of every store share: a series read from a JSON or CSV body,
 * the JSON/CSV choice of a read, small JSON answers and answers written as a stream in UTF-8. Stateless; thread-safe.
 */
final class HttpBodies {
    /** CSV in UTF-8, what reads answer and what a CSV body without charset is read as. */
    static final MediaType CSV_UTF8 = new MediaType("text", "csv", StandardCharsets.UTF_8.name());
    /** JSON in UTF-8, every JSON answer. */
    static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset(StandardCharsets.UTF_8.name());

    private HttpBodies() {
    }

    /** Writes an answer's body to a writer the caller flushes; may throw what the writer throws. */
    @FunctionalInterface
    interface BodyWriter {
        void write(Writer out) throws IOException;
    }

    /**
     * The series of a PUT body: CSV when {@code type} is CSV, JSON otherwise (JSON is the default of a body without
     * type).
     *
     * @param storeStep the step of the store's grid, or null for a store without one (a dense body then gives its own)
     * @param zone      the store zone: local date-times are read in it
     * @throws MalformedBodyException if the body is not such a series
     * @throws NotSupportedException  (415) if {@code type} names a charset this JVM cannot read
     */
    static Series readSeries(InputStream body, MediaType type, Duration storeStep, ZoneId zone) {
        return type != null && type.isCompatible(CSV_UTF8)
                ? new CsvSeriesReader(zone).read(body, charset(type))
                : new JsonSeriesReader(storeStep, zone).read(body);
    }

    /**
     * Whether a read answers CSV rather than JSON, from the request's Accept header.
     *
     * @throws NotAcceptableException (406) if it accepts neither
     */
    static boolean answersCsv(Request request) {
        List<Variant> variants = Variant.mediaTypes(JSON_UTF8, CSV_UTF8).build();
        Variant variant = request.selectVariant(variants);
        if (variant == null) {
            throw new NotAcceptableException(Response.notAcceptable(variants).build());
        }
        return variant.getMediaType().isCompatible(CSV_UTF8);
    }

    /** A 200 answer holding the JSON object built. */
    static Response json(JsonObjectBuilder answer) {
        return Response.ok(answer.build().toString(), JSON_UTF8).build();
    }

    /**
     * A 200 answer of {@code type} whose body {@code body} writes, in UTF-8 through a 64 KiB buffer, while JAX-RS
     * sends the response.
     */
    static Response stream(MediaType type, BodyWriter body) {
        StreamingOutput entity = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
            body.write(out);
            out.flush();
        };
        return Response.ok(entity, type).build();
    }

    /**
     * The charset a body's media type names, UTF-8 when none.
     *
     * @throws NotSupportedException (415) if this JVM cannot read it
     */
    static Charset charset(MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new NotSupportedException("charset '" + name + "' is not supported; send UTF-8");
        }
    }
}
