package io.holcstore.it.sync;

import io.holcstore.it.support.LoopbackExtension;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.net.URI;

/**
 * Where this test WAR's JAX-RS resources are served, on 127.0.0.1: {@code http://127.0.0.1:<port>/<war>/api/}. No
 * standard API tells an application its HTTP port (Payara Micro picks a free one), and in-container tests get no
 * {@code @ArquillianResource URL}, so {@link DeploymentUrlListener} learns it from the first request served (the
 * Arquillian runner's own, before any test runs), as the example's OwnSyncUrl does.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeploymentUrl {
    private volatile URI api;

    /** The JAX-RS base, e.g. {@code http://127.0.0.1:8181/sync-http/api/}. */
    public URI api() {
        URI known = api;
        if (known == null) {
            throw new IllegalStateException("no request served yet: the deployment URL is unknown");
        }
        return known;
    }

    /** A resource under the JAX-RS base, e.g. {@code sync/server/}. */
    public URI resolve(String path) {
        return api().resolve(path);
    }

    /** Records the URL from a request this WAR served (the first one only). */
    public void learn(String scheme, int port, String contextPath) {
        if (api == null) {
            api = URI.create(scheme + "://" + LoopbackExtension.LOOPBACK + ":" + port + contextPath + "/api/");
        }
    }
}
