package io.holcstore.it.sync;

import jakarta.ejb.EJB;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Fronts {@link FaultySyncResource}, and the example application's own sync server ({@value #EXAMPLE_SYNC}) when
 * deployed with it: a request to either that {@link ScriptedFaults} has an answer for gets that answer
 * (status, {@code Retry-After}, a JSON error body, or a delay before the real answer) instead of the real one; other requests, and every request to
 * other resources, go through untouched. A filter rather than a subclass overriding the resource's methods, so that
 * it does not depend on how {@code SyncResource} declares them.
 */
@Provider
@PreMatching
public class ScriptedFaultFilter implements ContainerRequestFilter {
    private static final Logger LOG = Logger.getLogger(ScriptedFaultFilter.class.getName());
    /** The example's {@code DemoSyncResource}, the mirror's default upstream. */
    static final String EXAMPLE_SYNC = "sync/demo/";
    private static final List<String> FRONTED = List.of(FaultySyncResource.PATH + "/", EXAMPLE_SYNC);

    @EJB
    private ScriptedFaults faults;

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        path = path.startsWith("/") ? path.substring(1) : path;
        Optional<String> fronted = FRONTED.stream().filter(path::startsWith).findFirst();
        if (fronted.isEmpty()) {
            return;
        }
        ScriptedFaults.Endpoint.of(path.substring(fronted.get().length()))
                .flatMap(faults::answer)
                .ifPresent(answer -> {
                    LOG.info(() -> "scripted answer " + answer + " to " + request.getMethod() + " " + request.getUriInfo().getRequestUri());
                    if (answer.delayMillis() > 0) {
                        sleep(answer.delayMillis());
                    }
                    if (answer.status() == 0) {
                        return;
                    }
                    Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE)
                            .entity("{\"error\": \"scripted\", \"message\": \"scripted answer " + answer.status() + "\"}");
                    if (answer.retryAfter() != null) {
                        response.header("Retry-After", answer.retryAfter());
                    }
                    request.abortWith(response.build());
                });
    }
}
