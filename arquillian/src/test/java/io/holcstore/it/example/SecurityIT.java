package io.holcstore.it.example;

import static io.holcstore.it.support.JsonAnswers.error;
import static io.holcstore.it.support.JsonAnswers.json;
import static io.holcstore.it.support.JsonAnswers.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.holcstore.it.example.ExampleHttp.Caller;

/**
 * The example with its security switched on ({@code holcstore.demo.security=true}, two users from its config), over
 * real HTTP on 127.0.0.1: each protected endpoint answers 401 without (or with wrong) credentials, 403 to a user
 * lacking its role, both as the API's JSON errors, and serves a user holding it; series reads stay open. The mirror
 * pulls the server's own sync endpoint with the credentials of {@code holcstore.sync.client.user}. Security off
 * (the default) is covered by {@link ObservabilityIT}, {@link MirrorUpstreamIT} and {@code ExampleApplicationIT}.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {
    private static final Caller SYNCER = Caller.user("syncer", "syncer-secret");
    private static final Caller WRITER = Caller.user("writer", "writer-secret");
    private static final Caller WRONG_PASSWORD = Caller.user("writer", "not-the-password");

    private static final String UPDATES = "api/sync/demo/updates/?since=2000-01-01T00%3A00%3A00%2B01%3A00&limit=10";
    private static final String JAN_FEB = "{\"start\": \"2025-01-31T22:00\", \"values\": [1.5, 2.5, null, 4.0]}";

    @Deployment(testable = false)
    static WebArchive securedExample() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("holcstore.demo.security", "true");
        config.put("holcstore.demo.users", "syncer, writer");
        config.put("holcstore.demo.user.syncer.password", "syncer-secret");
        config.put("holcstore.demo.user.syncer.roles", "holcstore-sync");
        config.put("holcstore.demo.user.writer.password", "writer-secret");
        config.put("holcstore.demo.user.writer.roles", "holcstore-writer");
        // The mirror's upstream is this server's own sync endpoint, now protected.
        config.put("holcstore.sync.client.user", "syncer");
        config.put("holcstore.sync.client.password", "syncer-secret");
        // No timed pull during the test: only the ones it asks for.
        config.put("holcstore.demo.pull-interval", "PT1H");
        return ExampleWars.withConfig(config);
    }

    @Test
    @RunAsClient
    void syncEndpointsNeedTheSyncRole(@ArquillianResource URL base) {
        ExampleHttp http = new ExampleHttp(base);

        assertChallenged(http.get(Caller.ANONYMOUS, UPDATES, "application/json"));
        assertChallenged(http.get(WRONG_PASSWORD, UPDATES, "application/json"));
        JsonObject refused = error(http.get(WRITER, UPDATES, "application/json"), 403, "forbidden");
        assertTrue(refused.getString("message").contains("writer"), refused::toString);

        JsonObject page = okJson(http.get(SYNCER, UPDATES, "application/json")).asJsonObject();
        assertTrue(page.containsKey("results"), page::toString);
    }

    @Test
    @RunAsClient
    void seriesWritesNeedTheWriterRoleAndReadsStayOpen(@ArquillianResource URL base) {
        ExampleHttp http = new ExampleHttp(base);
        String series = "api/stores/demo/series?version=31&kind=load";

        assertChallenged(http.putJson(Caller.ANONYMOUS, series + "&mode=update", JAN_FEB));
        // The same resource with a trailing slash (JAX-RS serves it too) is constrained as well.
        assertChallenged(http.putJson(Caller.ANONYMOUS, "api/stores/demo/series/?version=31&kind=load&mode=update", JAN_FEB));
        error(http.putJson(SYNCER, series + "&mode=update", JAN_FEB), 403, "forbidden");
        error(http.get(Caller.ANONYMOUS, series, "application/json"), 404, "series_not_found");

        HttpResponse<String> written = http.putJson(WRITER, series + "&mode=update", JAN_FEB);
        assertEquals(204, written.statusCode(), written::body);
        JsonObject read = okJson(http.get(Caller.ANONYMOUS, series, "application/json")).asJsonObject();
        assertEquals(4, read.getJsonArray("values").size(), read::toString);

        assertChallenged(http.delete(Caller.ANONYMOUS, series));
        error(http.delete(SYNCER, series), 403, "forbidden");
        JsonObject deleted = okJson(http.delete(WRITER, series)).asJsonObject();
        assertEquals(2, deleted.getInt("deleted"), deleted::toString);
    }

    @Test
    @RunAsClient
    void pullNeedsTheWriterRoleAndPullsWithTheUpstreamCredentials(@ArquillianResource URL base) {
        ExampleHttp http = new ExampleHttp(base);
        String series = "series?version=32&kind=load";
        assertEquals(204, http.putJson(WRITER, "api/stores/demo/" + series + "&mode=update", JAN_FEB).statusCode());

        assertChallenged(http.post(Caller.ANONYMOUS, "api/stores/mirror/pull"));
        error(http.post(SYNCER, "api/stores/mirror/pull"), 403, "forbidden");

        JsonObject pulled = okJson(http.post(WRITER, "api/stores/mirror/pull")).asJsonObject();
        // Series 32 spans two months: two live chunks (the other test's series 31, if written by now, is live or deleted).
        assertEquals(2, pulled.getJsonNumber("fetched").longValue(), pulled::toString);
        assertEquals(okJson(http.get(Caller.ANONYMOUS, "api/stores/demo/" + series, "application/json")),
                okJson(http.get(Caller.ANONYMOUS, "api/stores/mirror/" + series, "application/json")));
    }

    /** A 401 with the API's JSON error and an HTTP Basic challenge, as HTTP clients need to send credentials. */
    private static void assertChallenged(HttpResponse<String> response) {
        error(response, 401, "not_authorized");
        String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.startsWith("Basic realm=\"holcstore\""), () -> "WWW-Authenticate: " + challenge);
        assertTrue(json(response.body()).asJsonObject().getString("message").contains("credentials"), response::body);
    }
}
