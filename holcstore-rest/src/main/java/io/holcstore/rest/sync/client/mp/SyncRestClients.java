package io.holcstore.rest.sync.client.mp;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.net.URI;

/**
 * Builds {@link SyncRestApi} clients with {@link RestClientBuilder} for a base URL known only at run time, configured
 * by {@link RestClientConfig}, with the specification's default exception mapper off: a 429, a 503 and a 404 must
 * reach the caller as responses it can tell apart, not as one {@code WebApplicationException}.
 */
final class SyncRestClients {
    /** The MicroProfile REST Client property that turns off the default {@code ResponseExceptionMapper}. */
    static final String DISABLE_DEFAULT_MAPPER = "microprofile.rest.client.disable.default.mapper";

    private SyncRestClients() {
    }

    /** A client of {@code baseUrl}; close it when done. */
    static SyncRestApi build(URI baseUrl) {
        RestClientBuilder builder = RestClientBuilder.newBuilder().baseUri(baseUrl).property(DISABLE_DEFAULT_MAPPER, true);
        return new RestClientConfig(ConfigProvider.getConfig()).apply(builder).build(SyncRestApi.class);
    }
}
