package io.holcstore.it.example;

import static io.holcstore.it.support.JsonAnswers.error;
import static io.holcstore.it.support.JsonAnswers.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import io.holcstore.it.example.ExampleHttp.Caller;
import io.holcstore.it.sync.ScriptedFaultFilter;
import io.holcstore.it.sync.ScriptedFaults;

/**
 * The example's mirror pulls through the MicroProfile REST Client and Fault Tolerance, on Payara Micro, from an
 * upstream whose answers a test scripts: the example WAR as built, its mirror's upstream left at its default (its own
 * {@code /api/sync/demo}), fronted by {@link ScriptedFaultFilter} and {@link ReferenceUpstreamFilter}, driven through
 * {@link ItControlResource}. Pulls are asked by {@code POST /api/stores/mirror/pull}, the path the timer takes too
 * ({@code MirrorPuller}); the timer itself is pushed out of the way. A pull no fault is scripted for is the example's
 * own mirror pull end to end: what the first test writes to the demo store reads back the same from the mirror.
 *
 * <p>Fault Tolerance is tuned by its own MicroProfile Config keys in the WAR's configuration, which the tests check
 * are honoured: 2 retries 100 ms apart (4 by default), and a circuit that opens when 3 of the last 4 tries failed and
 * lets a trial through after 5 s; and so is the REST Client's standard read timeout key (3 s). The methods run in
 * order, since the circuit's state carries from one to the next.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MirrorUpstreamIT {
    private static final String GUARD = "io.holcstore.rest.sync.client.mp.GuardedSyncCalls/call/";
    private static final String GUARDED_METHOD = "method=\"io.holcstore.rest.sync.client.mp.GuardedSyncCalls.call\"";
    /** Two chunks: the last hours of January and the first of February, in Paris. */
    private static final String JAN_FEB = "{\"start\": \"2025-01-31T22:00\", \"values\": [1.5, 2.5, null, 4.0]}";
    private static final String PULL = "api/stores/mirror/pull";

    @Deployment(testable = false)
    static WebArchive example() {
        return ExampleWars.withConfig(Map.of(
                        "holcstore.demo.pull-interval", "PT1H",
                        "holcstore.sync.client.token", ReferenceUpstream.TOKEN,
                        "holcstore-sync/mp-rest/readTimeout", "3000",
                        GUARD + "Retry/maxRetries", "2",
                        GUARD + "Retry/delay", "100",
                        GUARD + "Retry/jitter", "0",
                        GUARD + "CircuitBreaker/requestVolumeThreshold", "4",
                        GUARD + "CircuitBreaker/failureRatio", "0.75",
                        GUARD + "CircuitBreaker/delay", "5000"))
                .addClasses(ScriptedFaults.class, ScriptedFaults.Answer.class, ScriptedFaults.Endpoint.class,
                        ScriptedFaultFilter.class, ReferenceUpstream.class, ReferenceUpstreamFilter.class,
                        ItControlResource.class)
                .addAsResource("reference/updates_page1.body.json")
                .addAsResource("reference/updates_page2.body.json")
                .addAsResource("reference/pack_all.body.json")
                .addAsResource("reference/pack_post_405.body.json");
    }

    @Test
    @Order(1)
    @RunAsClient
    void answers503AreRetriedUntilTheUpstreamAnswers(@ArquillianResource URL base) {
        ExampleHttp http = new ExampleHttp(base);
        clearFaults(http);
        assertEquals(204, http.putJson(Caller.ANONYMOUS, "api/stores/demo/series?version=61&kind=ft&mode=update", JAN_FEB)
                .statusCode());
        script(http, "updates?answers=503,503");

        JsonObject pulled = okJson(http.post(Caller.ANONYMOUS, PULL)).asJsonObject();

        assertEquals(2, pulled.getInt("fetched"), pulled::toString);
        assertEquals(0, pulled.getInt("deleted"), pulled::toString);
        assertEquals(List.of("updates 503", "updates 503", "updates real", "pack real"), faultsJournal(http));
        assertEquals(okJson(http.get(Caller.ANONYMOUS, "api/stores/demo/series?version=61&kind=ft", "application/json")),
                okJson(http.get(Caller.ANONYMOUS, "api/stores/mirror/series?version=61&kind=ft", "application/json")));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theConfiguredMaxRetriesIsHonouredAndTheFailureNamesTheUrlAndStatus(@ArquillianResource URL base) {
        ExampleHttp http = new ExampleHttp(base);
        clearFaults(http);
        // A fourth try would get the real answer: with the default 4 retries the pull would succeed.
        script(http, "updates?answers=503,503,503");

        JsonObject failure = error(http.post(Caller.ANONYMOUS, PULL), 502, "upstream_failed");

        assertEquals(503, failure.getInt("status"), failure::toString);
        assertTrue(failure.getString("url").contains("/api/sync/demo/updates/?since="), failure::toString);
        assertTrue(failure.getString("message").startsWith("GET " + failure.getString("url") + " answered 503"),
                failure::toString);
        assertEquals(List.of("updates 503", "updates 503", "updates 503"), faultsJournal(http));
    }

    @Test
    @Order(3)
    @RunAsClient
    void theCircuitOpensAfterRepeatedFailuresThenClosesOnceTheUpstreamAnswers(@ArquillianResource URL base)
            throws InterruptedException {
        ExampleHttp http = new ExampleHttp(base);
        clearFaults(http);
        // 3 of the last 4 tries failed (the pull before): the circuit is open, the pull fails without a request.
        JsonObject failFast = error(http.post(Caller.ANONYMOUS, PULL), 502, "upstream_failed");
        assertTrue(failFast.getString("message").contains("circuit breaker is open"), failFast::toString);
        assertTrue(!failFast.containsKey("status"), failFast::toString);
        assertEquals(List.of(), faultsJournal(http));
        assertEquals(1, metrics(http).value("ft_circuitbreaker_opened_total", GUARDED_METHOD));

        // After its delay the circuit lets a trial through, which succeeds and closes it.
        HttpResponse<String> pull = http.post(Caller.ANONYMOUS, PULL);
        for (int wait = 0; pull.statusCode() != 200 && wait < 120; wait++) {
            Thread.sleep(250);
            pull = http.post(Caller.ANONYMOUS, PULL);
        }
        assertEquals(200, pull.statusCode(), pull::body);
        assertEquals("updates real", faultsJournal(http).get(0));
        assertEquals(200, http.post(Caller.ANONYMOUS, PULL).statusCode());
    }

    @Test
    @Order(4)
    @RunAsClient
    void a429IsWaitedOutWithoutCountingAFailure(@ArquillianResource URL base) {
        ExampleHttp http = new ExampleHttp(base);
        clearFaults(http);
        PrometheusText before = metrics(http);
        script(http, "updates?answers=429:1");

        okJson(http.post(Caller.ANONYMOUS, PULL));

        assertEquals(List.of("updates 429", "updates real"), faultsJournal(http).subList(0, 2));
        PrometheusText after = metrics(http);
        for (String result : List.of("failure", "circuitBreakerOpen")) {
            String label = "circuitBreakerResult=\"" + result + "\"";
            assertEquals(before.value("ft_circuitbreaker_calls_total", GUARDED_METHOD, label),
                    after.value("ft_circuitbreaker_calls_total", GUARDED_METHOD, label), result);
        }
        assertEquals(before.value("ft_retry_retries_total", GUARDED_METHOD),
                after.value("ft_retry_retries_total", GUARDED_METHOD));
    }

    @Test
    @Order(5)
    @RunAsClient
    void aPermanent404FailsAtOnceNamingTheUrlAndStatus(@ArquillianResource URL base) {
        ExampleHttp http = new ExampleHttp(base);
        clearFaults(http);
        script(http, "updates?always=404");

        JsonObject failure = error(http.post(Caller.ANONYMOUS, PULL), 502, "upstream_failed");

        assertEquals(404, failure.getInt("status"), failure::toString);
        assertTrue(failure.getString("url").contains("/api/sync/demo/updates/"), failure::toString);
        assertTrue(failure.getString("message").contains("answered 404"), failure::toString);
        assertEquals(List.of("updates 404"), faultsJournal(http));
        clearFaults(http);
    }

    @Test
    @Order(6)
    @RunAsClient
    void faultToleranceMetricsAreServed(@ArquillianResource URL base) {
        PrometheusText metrics = metrics(new ExampleHttp(base));
        assertTrue(metrics.value("ft_invocations_total", GUARDED_METHOD, "result=\"valueReturned\"") > 0, metrics::toString);
        assertTrue(metrics.value("ft_invocations_total", GUARDED_METHOD, "result=\"exceptionThrown\"") > 0, metrics::toString);
        assertTrue(metrics.value("ft_retry_retries_total", GUARDED_METHOD) >= 4, metrics::toString);
    }

    @Test
    @Order(7)
    @RunAsClient
    void theReferenceServerIsPulledWithItsTokenAndGetPacksAfterOne405(@ArquillianResource URL base) {
        ExampleHttp http = new ExampleHttp(base);
        clearFaults(http);
        impersonateReference(http, true);
        try {
            JsonObject pulled = okJson(http.post(Caller.ANONYMOUS, PULL)).asJsonObject();

            assertEquals(1, pulled.getInt("fetched"), pulled::toString);
            assertEquals(1, pulled.getInt("deleted"), pulled::toString);
            assertEquals(List.of("GET updates/ page 1", "POST pack/ 405", "GET pack/ 1 chunks", "GET updates/ page 2",
                    "GET pack/ 1 chunks"), referenceJournal(http));
            JsonObject january = okJson(http.get(Caller.ANONYMOUS, "api/stores/mirror/series?version=1&kind=A",
                    "application/json")).asJsonObject();
            JsonArray values = january.getJsonArray("values");
            assertEquals("2025-01-01T00:00:00+01:00", january.getString("start"), january::toString);
            assertEquals(744, values.size());
            assertEquals(0.25 * 743, values.getJsonNumber(743).doubleValue());

            // The switch is kept: the next pull sends its packs as GET at once.
            impersonateReference(http, true);
            okJson(http.post(Caller.ANONYMOUS, PULL));
            assertTrue(referenceJournal(http).stream().noneMatch(line -> line.startsWith("POST")),
                    () -> referenceJournal(http).toString());
        } finally {
            impersonateReference(http, false);
        }
    }

    @Test
    @Order(8)
    @RunAsClient
    void aNextLinkToAnotherHostIsNotFollowed(@ArquillianResource URL base) {
        ExampleHttp http = new ExampleHttp(base);
        clearFaults(http);
        assertEquals(200, http.putJson(Caller.ANONYMOUS, "api/it/reference?active=true&nextElsewhere=true", "{}")
                .statusCode());
        try {
            JsonObject failure = error(http.post(Caller.ANONYMOUS, PULL), 502, "upstream_failed");

            assertTrue(failure.getString("message").contains("gave the link " + ReferenceUpstreamFilter.ELSEWHERE), failure::toString);
            assertTrue(failure.getString("message").contains("outside the upstream's origin"), failure::toString);
            List<String> journal = referenceJournal(http);
            assertEquals("GET updates/ page 1", journal.get(0), journal::toString);
            assertTrue(journal.stream().noneMatch(line -> line.contains("page 2") || line.startsWith("401")),
                    journal::toString);
        } finally {
            impersonateReference(http, false);
        }
    }

    @Test
    @Order(9)
    @RunAsClient
    void anUpstreamTooSlowForTheConfiguredReadTimeoutIs504(@ArquillianResource URL base) {
        ExampleHttp http = new ExampleHttp(base);
        clearFaults(http);
        script(http, "updates?answers=slow:6000,slow:6000,slow:6000");

        JsonObject failure = error(http.post(Caller.ANONYMOUS, PULL), 504, "upstream_timeout");

        assertTrue(failure.getString("url").contains("/api/sync/demo/updates/?since="), failure::toString);
        assertTrue(failure.getString("message").contains("timed out"), failure::toString);
        assertTrue(!failure.containsKey("status"), failure::toString);
        assertEquals(List.of("updates slow", "updates slow", "updates slow"), faultsJournal(http));
    }

    @Test
    @Order(9)
    @RunAsClient
    void theMirrorStoreRefusesLocalWritesAsAPullTarget(@ArquillianResource URL base) {
        ExampleHttp http = new ExampleHttp(base);
        String series = "api/stores/mirror/series?version=61&kind=ft";
        JsonObject before = okJson(http.get(Caller.ANONYMOUS, series, "application/json")).asJsonObject();

        JsonObject put = error(http.putJson(Caller.ANONYMOUS, series + "&mode=update", JAN_FEB), 409, "read_only_store");
        JsonObject delete = error(http.delete(Caller.ANONYMOUS, series), 409, "read_only_store");

        assertTrue(put.getString("message").contains("DemoMirror"), put::toString);
        assertTrue(delete.getString("message").contains("DemoMirror"), delete::toString);
        assertEquals(before, okJson(http.get(Caller.ANONYMOUS, series, "application/json")).asJsonObject(),
                "nothing written");
    }

    private static void clearFaults(ExampleHttp http) {
        assertEquals(200, http.delete(Caller.ANONYMOUS, "api/it/faults").statusCode());
    }

    private static void script(ExampleHttp http, String endpointAndAnswers) {
        assertEquals(200, http.putJson(Caller.ANONYMOUS, "api/it/faults/" + endpointAndAnswers, "{}").statusCode());
    }

    private static void impersonateReference(ExampleHttp http, boolean active) {
        assertEquals(200, http.putJson(Caller.ANONYMOUS, "api/it/reference?active=" + active, "{}").statusCode());
    }

    private static List<String> faultsJournal(ExampleHttp http) {
        return strings(okJson(http.get(Caller.ANONYMOUS, "api/it/faults", "application/json")).asJsonArray());
    }

    private static List<String> referenceJournal(ExampleHttp http) {
        return strings(okJson(http.get(Caller.ANONYMOUS, "api/it/reference", "application/json")).asJsonArray());
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static PrometheusText metrics(ExampleHttp http) {
        HttpResponse<String> response = http.get(Caller.ANONYMOUS, "/metrics?scope=base", "text/plain");
        assertEquals(200, response.statusCode(), response::body);
        return new PrometheusText(response.body());
    }
}
