package io.holcstore.example.pull;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.Optional;

/**
 * This server's own {@code /api/sync/demo/} on 127.0.0.1, the mirror's default upstream. Neither Jakarta EE nor
 * MicroProfile tells an application its HTTP port (Payara Micro picks another one when the asked one is taken), so
 * it is learnt from the first request served ({@link OwnSyncUrlListener}); until then it is unknown.
 */
@ApplicationScoped
public class OwnSyncUrl {
    private volatile URI url;

    /** The URL, once a request has been served. */
    public Optional<URI> get() {
        return Optional.ofNullable(url);
    }

    /** Records where this application is served: the local port and context path of a request it received. */
    void learn(String scheme, int port, String contextPath) {
        if (url == null) {
            url = URI.create(scheme + "://127.0.0.1:" + port + contextPath + "/api/sync/demo/");
        }
    }
}
