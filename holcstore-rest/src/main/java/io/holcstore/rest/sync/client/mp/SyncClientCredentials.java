package io.holcstore.rest.sync.client.mp;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Adds the configured credentials ({@link UpstreamAuthorization}) to every request of {@link SyncRestApi}; no header
 * when none are configured. Those requests go to the upstream's origin only: {@link RestClientChunkSource} follows no
 * {@code next} link elsewhere. The incoming request's headers are not propagated: a pull's credentials are its own.
 */
public class SyncClientCredentials implements ClientHeadersFactory {

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incomingHeaders,
                                                 MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        UpstreamAuthorization.headers(ConfigProvider.getConfig()).asMap().forEach(headers::putSingle);
        return headers;
    }
}
