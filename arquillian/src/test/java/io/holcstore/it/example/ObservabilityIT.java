package io.holcstore.it.example;

import static io.holcstore.it.support.JsonAnswers.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.holcstore.it.example.ExampleHttp.Caller;

/**
 * The example's MicroProfile Health and Metrics on Payara Micro, which serves them at the server root
 * ({@code /health/...}, {@code /metrics}), not under the application; and, with its security left at the default
 * (off), its protected endpoints answering callers without credentials. The example runs on its default database
 * (embedded H2), with timed pulls pushed out of the test's way.
 */
@ExtendWith(ArquillianExtension.class)
class ObservabilityIT {
    private static final String JAN_FEB = "{\"start\": \"2025-01-31T22:00\", \"values\": [1.5, 2.5, null, 4.0]}";

    @Deployment(testable = false)
    static WebArchive example() {
        // Only the pulls the test asks for, so that the counters move by exactly those.
        return ExampleWars.withConfig(Map.of("holcstore.demo.pull-interval", "PT1H"));
    }

    @Test
    @RunAsClient
    void readinessIsUpWhenTheDatabaseAnswersAndLivenessIsUp(@ArquillianResource URL base) {
        ExampleHttp http = new ExampleHttp(base);

        JsonObject ready = okJson(http.get(Caller.ANONYMOUS, "/health/ready", "application/json")).asJsonObject();
        assertEquals("UP", ready.getString("status"), ready::toString);
        assertEquals("UP", check(ready, "holcstore-database").getString("status"), ready::toString);

        JsonObject live = okJson(http.get(Caller.ANONYMOUS, "/health/live", "application/json")).asJsonObject();
        assertEquals("UP", live.getString("status"), live::toString);
        assertEquals("UP", check(live, "holcstore-example").getString("status"), live::toString);
    }

    @Test
    @RunAsClient
    void aPullIsCountedInTheMetrics(@ArquillianResource URL base) {
        ExampleHttp http = new ExampleHttp(base);
        PrometheusText before = metrics(http);

        HttpResponse<String> written = http.putJson(Caller.ANONYMOUS, "api/stores/demo/series?version=41&kind=load&mode=update", JAN_FEB);
        assertEquals(204, written.statusCode(), written::body);
        Instant pullStart = Instant.now();
        JsonObject pulled = okJson(http.post(Caller.ANONYMOUS, "api/stores/mirror/pull")).asJsonObject();
        long fetched = pulled.getJsonNumber("fetched").longValue();
        assertEquals(2, fetched, () -> "the series spans two months: " + pulled);

        PrometheusText after = metrics(http);
        assertEquals(before.value("holcstore_mirror_pulls_total") + 1, after.value("holcstore_mirror_pulls_total"), after::toString);
        assertEquals(before.value("holcstore_mirror_pulled_chunks_total") + fetched,
                after.value("holcstore_mirror_pulled_chunks_total"), after::toString);
        assertTrue(after.value("holcstore_mirror_pulled_bytes_total") > before.value("holcstore_mirror_pulled_bytes_total"),
                after::toString);
        assertEquals(before.value("holcstore_mirror_pull_failures_total"), after.value("holcstore_mirror_pull_failures_total"),
                after::toString);
        double lastPull = after.value("holcstore_mirror_last_pull_time_seconds");
        assertTrue(lastPull >= pullStart.getEpochSecond() && lastPull <= Instant.now().getEpochSecond() + 1,
                () -> "last pull at " + lastPull + ", pull started at " + pullStart);
    }

    @Test
    @RunAsClient
    void withSecurityOffTheProtectedEndpointsNeedNoCredentials(@ArquillianResource URL base) {
        ExampleHttp http = new ExampleHttp(base);
        JsonObject page = okJson(http.get(Caller.ANONYMOUS,
                "api/sync/demo/updates/?since=2000-01-01T00%3A00%3A00%2B01%3A00&limit=10", "application/json")).asJsonObject();
        assertTrue(page.containsKey("results"), page::toString);
        JsonObject deleted = okJson(http.delete(Caller.ANONYMOUS, "api/stores/demo/series?version=999")).asJsonObject();
        assertEquals(0, deleted.getInt("deleted"), deleted::toString);
        // PUT and POST .../pull without credentials: aPullIsCountedInTheMetrics and MirrorUpstreamIT.
    }

    private static PrometheusText metrics(ExampleHttp http) {
        HttpResponse<String> response = http.get(Caller.ANONYMOUS, "/metrics?scope=application", "text/plain");
        assertEquals(200, response.statusCode(), response::body);
        return new PrometheusText(response.body());
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(check -> name.equals(check.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }
}
