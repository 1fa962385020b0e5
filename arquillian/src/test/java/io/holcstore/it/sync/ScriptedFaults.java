package io.holcstore.it.sync;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link ScriptedFaultFilter} answers in place of {@link FaultySyncResource}, request by request: a test scripts
 * a few answers per endpoint (a 429 with Retry-After, a 503, a 4xx...), then either the real answers or one fault for
 * good. Every request is written to a journal ({@code "pack 503"}, {@code "pack real"}), so that a test can check the
 * faults were served.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ScriptedFaults {

    /** The two requests of the sync protocol. */
    public enum Endpoint {
        UPDATES, PACK;

        /** The endpoint a path under {@link FaultySyncResource} names, e.g. {@code pack/}. */
        static Optional<Endpoint> of(String pathUnderResource) {
            for (Endpoint endpoint : values()) {
                if (pathUnderResource.startsWith(endpoint.wireName())) {
                    return Optional.of(endpoint);
                }
            }
            return Optional.empty();
        }

        String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One answer: the real one ({@link #REAL}), a status with, if not null, a {@code Retry-After} header, or the real
     * one after a delay ({@link #slow}).
     */
    public record Answer(int status, String retryAfter, long delayMillis) {
        public static final Answer REAL = new Answer(0, null, 0);

        public static Answer status(int status) {
            return new Answer(status, null, 0);
        }

        public static Answer tooManyRequests(int retryAfterSeconds) {
            return new Answer(429, Integer.toString(retryAfterSeconds), 0);
        }

        /** The real answer, {@code delayMillis} late: a server too slow for the client's read timeout. */
        public static Answer slow(long delayMillis) {
            return new Answer(0, null, delayMillis);
        }

        boolean real() {
            return status == 0 && delayMillis == 0;
        }

        String journaled() {
            return real() ? "real" : status == 0 ? "slow" : Integer.toString(status);
        }
    }

    private final Map<Endpoint, Deque<Answer>> scripted = new EnumMap<>(Endpoint.class);
    private final Map<Endpoint, Answer> afterwards = new EnumMap<>(Endpoint.class);
    private final List<String> journal = new ArrayList<>();

    /** The next requests to {@code endpoint} get these answers, in order; the later ones the real answers. */
    public synchronized void script(Endpoint endpoint, Answer... answers) {
        scripted.put(endpoint, new ArrayDeque<>(List.of(answers)));
        afterwards.remove(endpoint);
    }

    /** Every request to {@code endpoint} gets this answer from now on. */
    public synchronized void always(Endpoint endpoint, Answer answer) {
        scripted.remove(endpoint);
        afterwards.put(endpoint, answer);
    }

    /** Real answers everywhere, and an empty journal. */
    public synchronized void clear() {
        scripted.clear();
        afterwards.clear();
        journal.clear();
    }

    /** The requests served since the last {@link #clear}: endpoint and status, "real" or "slow". */
    public synchronized List<String> journal() {
        return List.copyOf(journal);
    }

    /** The answer to a request to {@code endpoint}, journaled; empty for the real one given at once. */
    public synchronized Optional<Answer> answer(Endpoint endpoint) {
        Deque<Answer> next = scripted.get(endpoint);
        Answer answer = next != null && !next.isEmpty() ? next.poll() : afterwards.getOrDefault(endpoint, Answer.REAL);
        journal.add(endpoint.wireName() + " " + answer.journaled());
        return answer.real() ? Optional.empty() : Optional.of(answer);
    }
}
