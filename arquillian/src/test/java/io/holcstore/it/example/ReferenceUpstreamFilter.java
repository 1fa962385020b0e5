package io.holcstore.it.example;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * While {@link ReferenceUpstream} is active, answers the requests to the example's own {@code sync/demo/} as the
 * Python reference's server does (protocol captures in {@code test resources reference/}): every request needs
 * {@code Authorization: Token <token>} (else 401, Django REST framework's body); {@code updates/} needs {@code since}
 * and {@code limit} (else the reference's HTML 500) and walks two pages by {@code offset}, {@code next} built from the
 * request's own URL; {@code POST pack/} is 405 with the captured body; {@code GET pack/} reads its JSON body and
 * answers the named chunks in request order. The chunks are one month of DemoMirror's keys and settings and a
 * tombstone, in the reference's JSON shapes.
 */
@Provider
@PreMatching
@Priority(Priorities.USER + 100)
public class ReferenceUpstreamFilter implements ContainerRequestFilter {
    private static final String FRONTED = "sync/demo/";
    /** Where the links lead when {@link ReferenceUpstream#nextElsewhere()}: a host that must never be asked. */
    static final String ELSEWHERE = "http://collector.invalid/sync/demo/updates/";

    @EJB
    private ReferenceUpstream reference;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (!reference.active() || !path.startsWith(FRONTED)) {
            return;
        }
        String endpoint = path.substring(FRONTED.length());
        String method = request.getMethod();
        String authorization = request.getHeaderString("Authorization");
        if (!("Token " + ReferenceUpstream.TOKEN).equals(authorization)) {
            reference.record("401 " + method + " " + endpoint + " Authorization: " + authorization);
            request.abortWith(json(401, "{\"detail\":\"Authentication credentials were not provided.\"}")
                    .header("WWW-Authenticate", "Token").build());
            return;
        }
        if (endpoint.startsWith("updates/") && method.equals("GET")) {
            request.abortWith(updates(request));
        } else if (endpoint.startsWith("pack/") && method.equals("POST")) {
            reference.record("POST pack/ 405");
            request.abortWith(json(405, resource("pack_post_405.body.json")).header("Allow", "GET, HEAD, OPTIONS").build());
        } else if (endpoint.startsWith("pack/") && method.equals("GET")) {
            request.abortWith(pack(request));
        } else {
            request.abortWith(Response.status(404).type("text/html").entity("<h1>Not Found</h1>").build());
        }
    }

    private Response updates(ContainerRequestContext request) {
        var query = request.getUriInfo().getQueryParameters();
        String since = query.getFirst("since");
        if (since == null || query.getFirst("limit") == null) {
            reference.record("GET updates/ 500");
            return Response.status(500).type("text/html").entity("<h1>Server Error (500)</h1>").build();
        }
        boolean second = "1".equals(query.getFirst("offset"));
        reference.record("GET updates/ page " + (second ? 2 : 1));
        String updatesUrl = reference.nextElsewhere() ? ELSEWHERE
                : request.getUriInfo().getRequestUriBuilder().replaceQuery(null).build().toString();
        String page = resource(second ? "updates_page2.body.json" : "updates_page1.body.json")
                .replace("__UPDATES_URL__", updatesUrl)
                .replace("__SINCE__", URLEncoder.encode(since, StandardCharsets.UTF_8));
        return json(200, page).build();
    }

    private Response pack(ContainerRequestContext request) {
        JsonArray asked;
        try (InputStream body = request.getEntityStream()) {
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            if (text.isBlank()) {
                reference.record("GET pack/ no body");
                return json(200, "[]").build();
            }
            asked = read(text).asJsonArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonArray all = read(resource("pack_all.body.json")).asJsonArray();
        JsonArrayBuilder answer = Json.createArrayBuilder();
        for (JsonValue wanted : asked) {
            int index = wanted.asJsonObject().getInt("chunk_index");
            all.stream().map(JsonValue::asJsonObject)
                    .filter(entry -> entry.getJsonObject("attrs").getInt("chunk_index") == index)
                    .findFirst().ifPresent(answer::add);
        }
        reference.record("GET pack/ " + asked.size() + " chunks");
        return json(200, answer.build().toString()).build();
    }

    private static Response.ResponseBuilder json(int status, String body) {
        return Response.status(status).type("application/json").entity(body);
    }

    private static JsonValue read(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    private static String resource(String name) {
        try (InputStream in = ReferenceUpstreamFilter.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource reference/" + name + " is not in the WAR");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
