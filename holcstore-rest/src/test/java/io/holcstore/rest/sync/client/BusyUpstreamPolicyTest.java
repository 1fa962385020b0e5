package io.holcstore.rest.sync.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.store.InvalidArgumentException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

/** {@link BusyUpstreamPolicy}: the floor on a 429's wait, the caps, and the budget of 429s per request. */
class BusyUpstreamPolicyTest {
    private static final URI PAGE = URI.create("http://127.0.0.1:8080/api/sync/demo/updates/?limit=10");
    private static final BusyUpstreamPolicy POLICY = new BusyUpstreamPolicy(3, Duration.ofSeconds(1),
            Duration.ofSeconds(30), Duration.ofSeconds(40));

    @Test
    void retryAfterZeroWaitsTheFloorNotZero() {
        assertEquals(Duration.ofSeconds(1), POLICY.start().after(busy(Duration.ZERO)));
    }

    @Test
    void noReadableRetryAfterWaitsTheFloor() {
        assertEquals(Duration.ofSeconds(1), POLICY.start().after(busy(null)));
    }

    @Test
    void aLongerRetryAfterIsWaitedAsAsked() {
        assertEquals(Duration.ofSeconds(7), POLICY.start().after(busy(Duration.ofSeconds(7))));
    }

    @Test
    void moreBusyAnswersThanTheBudgetFailNamingTheRequest() {
        BusyUpstreamPolicy.Waits waits = POLICY.start();
        for (int i = 0; i < 3; i++) {
            waits.after(busy(Duration.ZERO));
        }
        UpstreamBusyException failure = assertThrows(UpstreamBusyException.class, () -> waits.after(busy(Duration.ZERO)));
        assertEquals(UpstreamException.Failure.BUSY, failure.failure());
        assertEquals(PAGE, failure.uri());
        assertTrue(failure.getMessage().startsWith("GET " + PAGE + " answered 429 4 times, more than the 3 allowed"),
                failure.getMessage());
    }

    @Test
    void aWaitLongerThanAllowedFailsAtOnce() {
        UpstreamBusyException failure = assertThrows(UpstreamBusyException.class,
                () -> POLICY.start().after(busy(Duration.ofHours(1))));
        assertTrue(failure.getMessage().contains("asking to wait PT1H, longer than the PT30S allowed"), failure.getMessage());
    }

    @Test
    void theTotalWaitIsBounded() {
        BusyUpstreamPolicy.Waits waits = POLICY.start();
        waits.after(busy(Duration.ofSeconds(25)));
        UpstreamBusyException failure = assertThrows(UpstreamBusyException.class,
                () -> waits.after(busy(Duration.ofSeconds(20))));
        assertTrue(failure.getMessage().contains("would pass the PT40S of waits allowed"), failure.getMessage());
    }

    @Test
    void eachRequestHasItsOwnBudget() {
        BusyUpstreamPolicy.Waits first = POLICY.start();
        for (int i = 0; i < 3; i++) {
            first.after(busy(null));
        }
        assertEquals(Duration.ofSeconds(1), POLICY.start().after(busy(null)));
    }

    @Test
    void theFloorDoublesWithEach429UpToTheLongestWait() {
        BusyUpstreamPolicy policy = new BusyUpstreamPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofMinutes(1));
        BusyUpstreamPolicy.Waits waits = policy.start();
        assertEquals(Duration.ofSeconds(1), waits.after(busy(Duration.ZERO)));
        assertEquals(Duration.ofSeconds(2), waits.after(busy(Duration.ZERO)));
        assertEquals(Duration.ofSeconds(4), waits.after(busy(null)));
        assertEquals(Duration.ofSeconds(5), waits.after(busy(Duration.ZERO)), "capped at maxWait");
        assertEquals(4, waits.answers());
    }

    @Test
    void noneFailsTheFirst429KeepingItsRetryAfter() {
        UpstreamBusyException failure = assertThrows(UpstreamBusyException.class,
                () -> BusyUpstreamPolicy.none().start().after(busy(Duration.ofSeconds(3))));
        assertEquals(Duration.ofSeconds(3), failure.retryAfter().orElseThrow());
    }

    @Test
    void refusesBoundsThatCannotHoldNamingThem() {
        assertEquals("maxBusyAnswers", refused(() -> new BusyUpstreamPolicy(-1, Duration.ZERO, Duration.ZERO, Duration.ZERO)));
        assertEquals("maxWait", refused(
                () -> new BusyUpstreamPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(5))));
        assertEquals("minWait", refused(
                () -> new BusyUpstreamPolicy(1, Duration.ofSeconds(-1), Duration.ofSeconds(1), Duration.ofSeconds(5))));
        assertEquals("maxTotalWait", refused(() -> new BusyUpstreamPolicy(1, Duration.ZERO, Duration.ZERO, null)));
    }

    private static String refused(Runnable construction) {
        return assertThrows(InvalidArgumentException.class, construction::run).argument();
    }

    private static UpstreamBusyException busy(Duration retryAfter) {
        return new UpstreamBusyException("GET", PAGE, "answered 429", retryAfter);
    }
}
