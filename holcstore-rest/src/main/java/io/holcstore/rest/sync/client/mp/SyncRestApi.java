package io.holcstore.rest.sync.client.mp;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * A sync server's two requests as a MicroProfile REST Client, relative to the store's sync URL (the client's base
 * URL, e.g. {@code http://host/api/sync/demo/}). Both answer the raw {@link Response}, whose body the caller streams
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
     * {@code GET updates/?<query>}: one updates page. The query (since, limit, filters, or what a {@code next} link
     * carries) rides on the client's base URL, {@code <sync URL>?<query>}, since an interface cannot name query
     * parameters known only at run time (filter fields, the server's paging parameters).
     */
    @GET
    @Path("updates/")
    @Produces(MediaType.APPLICATION_JSON)
    Response updates();

    /** {@code POST pack/} with the JSON request {@code [{"attrs": {...}, "chunk_index": n}, ...]}. */
    @POST
    @Path("pack/")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response pack(byte[] request);
}
