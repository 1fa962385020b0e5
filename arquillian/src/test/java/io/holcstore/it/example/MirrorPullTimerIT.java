package io.holcstore.it.example;

import static io.holcstore.it.support.JsonAnswers.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
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
 * The example's timer pulling an upstream that is down (nothing listens on its port): every timed pull fails, none of
 * the failures stops the timer, and once Fault Tolerance's circuit is open the pulls fail at once, without a request.
 * The timer fires every second; one try per pull (no retry), and the circuit opens after 2 failed tries.
 */
@ExtendWith(ArquillianExtension.class)
class MirrorPullTimerIT {
    private static final String GUARD = "io.holcstore.rest.sync.client.mp.GuardedSyncCalls/call/";
    private static final String GUARDED_METHOD = "method=\"io.holcstore.rest.sync.client.mp.GuardedSyncCalls.call\"";
    private static final String DOWN = "http://127.0.0.1:9/api/sync/demo";

    @Deployment(testable = false)
    static WebArchive example() {
        return ExampleWars.withConfig(Map.of(
                "holcstore.demo.pull-interval", "PT1S",
                "holcstore.demo.upstream", DOWN,
                GUARD + "Retry/maxRetries", "0",
                GUARD + "CircuitBreaker/requestVolumeThreshold", "2",
                GUARD + "CircuitBreaker/delay", "600000"));
    }

    @Test
    @RunAsClient
    void failedTimedPullsNeverStopTheTimerAndFailFastOnceTheCircuitIsOpen(@ArquillianResource URL base)
            throws InterruptedException {
        ExampleHttp http = new ExampleHttp(base);
        double failures = metrics(http, "scope=application").value("holcstore_mirror_pull_failures_total");
        for (int wait = 0; failures < 5 && wait < 240; wait++) {
            Thread.sleep(250);
            failures = metrics(http, "scope=application").value("holcstore_mirror_pull_failures_total");
        }
        assertTrue(failures >= 5, "timed pulls failed " + failures + " times");
        assertEquals(0, metrics(http, "scope=application").value("holcstore_mirror_pulls_total"));

        PrometheusText faultTolerance = metrics(http, "scope=base");
        assertEquals(1, faultTolerance.value("ft_circuitbreaker_opened_total", GUARDED_METHOD), faultTolerance::toString);
        assertEquals(2, faultTolerance.value("ft_circuitbreaker_calls_total", GUARDED_METHOD,
                "circuitBreakerResult=\"failure\""), faultTolerance::toString);
        assertTrue(faultTolerance.value("ft_circuitbreaker_calls_total", GUARDED_METHOD,
                "circuitBreakerResult=\"circuitBreakerOpen\"") >= 3, faultTolerance::toString);

        JsonObject now = error(http.post(Caller.ANONYMOUS, "api/stores/mirror/pull"), 502, "upstream_failed");
        assertTrue(now.getString("url").startsWith(DOWN + "/updates/?since="), now::toString);
        assertTrue(now.getString("message").contains("circuit breaker is open"), now::toString);
    }

    private static PrometheusText metrics(ExampleHttp http, String scope) {
        HttpResponse<String> response = http.get(Caller.ANONYMOUS, "/metrics?" + scope, "text/plain");
        assertEquals(200, response.statusCode(), response::body);
        return new PrometheusText(response.body());
    }
}
