package io.holcstore.it.example;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether {@link ReferenceUpstreamFilter} answers in place of the example's own sync server, as the Python reference's
 * server would; and what it was asked ({@code "POST pack/ 405"}, {@code "GET pack/ 2 chunks"}, {@code "401 ..."}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReferenceUpstream {
    /** The token the impersonated server wants: {@code Authorization: Token <it>}. */
    public static final String TOKEN = "reference-test-token";

    private boolean active;
    private boolean nextElsewhere;
    private final List<String> journal = new ArrayList<>();

    public synchronized boolean active() {
        return active;
    }

    /**
     * Starts or stops impersonating the reference, and empties the journal; with {@code nextElsewhere}, the first
     * page's {@code next} link leaves for another host, as a hostile or misconfigured server's might.
     */
    public synchronized void activate(boolean on, boolean nextElsewhere) {
        active = on;
        this.nextElsewhere = nextElsewhere;
        journal.clear();
    }

    public synchronized boolean nextElsewhere() {
        return nextElsewhere;
    }

    public synchronized void record(String line) {
        journal.add(line);
    }

    public synchronized List<String> journal() {
        return List.copyOf(journal);
    }
}
