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
     * One answer: the real one ({@link #REAL}), or a status with, if not null, a {@code Retry-After} header.
     */
    public record Answer(int status, String retryAfter) {
        public static final Answer REAL = new Answer(0, null);

        public static Answer status(int status) {
            return new Answer(status, null);
        }

        public static Answer tooManyRequests(int retryAfterSeconds) {
            return new Answer(429, Integer.toString(retryAfterSeconds));
        }

        boolean real() {
            return status == 0;
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

    /** The requests served since the last {@link #clear}: endpoint and status, or "real". */
    public synchronized List<String> journal() {
        return List.copyOf(journal);
    }

    /** The answer to a request to {@code endpoint}, journaled; empty for the real one. */
    public synchronized Optional<Answer> answer(Endpoint endpoint) {
        Deque<Answer> next = scripted.get(endpoint);
        Answer answer = next != null && !next.isEmpty() ? next.poll() : afterwards.getOrDefault(endpoint, Answer.REAL);
        journal.add(endpoint.wireName() + " " + (answer.real() ? "real" : Integer.toString(answer.status())));
        return answer.real() ? Optional.empty() : Optional.of(answer);
    }
}
