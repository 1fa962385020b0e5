package io.holcstore.rest.sync.client.mp;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * A sync server's two requests as a MicroProfile REST Client, each sent to its client's base URL as it is: a client
 * built for an updates page's URL ({@code <sync URL>updates/?since=..}, or the {@code next} link the page before
 * gave) for {@link #updates}, one built for {@code <sync URL>pack/} for {@link #pack}. No {@code @Path}: an interface
 * declaring one is scanned as a JAX-RS resource by every application holding this jar, and warned about as one that
 * cannot be instantiated at every start. Both answer the raw {@link Response}, whose body the caller streams
 * through the wire readers ({@code UpdatesPageReader}, {@code PackReader}): a pack is never buffered as JSON-B
 * objects. Error statuses come back as responses too (the default exception mapper is switched off by
 * {@link SyncRestClients}), so that the caller can tell 429, 5xx and 4xx apart.
 *
 * <p>Built with {@code RestClientBuilder} ({@link SyncRestClients}), since the URL is known only at run time, and
 * configured by the standard keys under {@value #CONFIG_KEY} ({@link RestClientConfig}). Credentials are added by
 * {@link SyncClientCredentials}.
 *
 * <p>No GET with a body: the MicroProfile REST Client cannot send one (Jersey drops the body, RESTEasy refuses it),
 * so the Python reference server's {@code GET pack/} goes through the JDK client ({@code HttpChunkSource}).
 */
@RegisterRestClient(configKey = SyncRestApi.CONFIG_KEY)
@RegisterClientHeaders(SyncClientCredentials.class)
public interface SyncRestApi extends AutoCloseable {
    /** The MicroProfile config key of this client: {@code holcstore-sync/mp-rest/readTimeout} and so on. */
    String CONFIG_KEY = "holcstore-sync";

    /**
     * {@code GET} of the base URL: one updates page. The query (since, limit, filters, or what a {@code next} link
     * carries) rides on the base URL, since an interface cannot name query parameters known only at run time (filter
     * fields, the server's paging parameters).
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Response updates();

    /** {@code POST} to the base URL ({@code pack/}) of the JSON request {@code [{"attrs": {...}, "chunk_index": n}, ...]}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response pack(byte[] request);
}
