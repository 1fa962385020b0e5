package io.holcstore.rest.sync.client.mp;

import io.holcstore.rest.sync.client.BusyUpstreamPolicy;
import io.holcstore.rest.sync.client.HttpChunkSource;
import io.holcstore.rest.sync.client.PackMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.util.Optional;

/**
 * Where an application gets {@link RestClientChunkSource}s: inject this bean, then {@code open(syncUrl)} for each
 * upstream, and keep the source between pulls (it remembers an upstream that takes only GET-with-body packs):
 * <pre>{@code
 * @Inject RestClientChunkSources sources;
 *
 * RestClientChunkSource source = sources.open(URI.create("http://upstream:8080/api/sync/demo/"));
 * PullResult result = new ChunkPuller("mirror", source, mirrorStore, transactions).pull(SeriesKey.all(), 100, 1000);
 * }</pre>
 * Configured by MicroProfile Config: the REST Client's standard keys under {@code holcstore-sync/mp-rest/}
 * ({@link RestClientConfig}), the credentials of {@link UpstreamAuthorization}, the Fault Tolerance keys of
 * {@link GuardedSyncCalls}.
 */
@ApplicationScoped
public class RestClientChunkSources {
    @Inject
    private GuardedSyncCalls calls;

    /** A source of the sync server at {@code syncUrl}: packs POSTed (GET with a body after a 405), default bounds. */
    public RestClientChunkSource open(URI syncUrl) {
        return open(syncUrl, PackMethod.POST, BusyUpstreamPolicy.defaults(), HttpChunkSource.DEFAULT_MAX_BLOB_BYTES);
    }

    /**
     * @param syncUrl      the store's sync URL
     * @param packMethod   how packs are sent first
     * @param busy         how 429 answers are waited out
     * @param maxBlobBytes the most bytes one chunk's blob may decode to
     */
    public RestClientChunkSource open(URI syncUrl, PackMethod packMethod, BusyUpstreamPolicy busy, long maxBlobBytes) {
        return new RestClientChunkSource(syncUrl, calls, packMethod, busy, maxBlobBytes);
    }

    /** The sync URL of {@code holcstore-sync/mp-rest/url}, if set: for an application with one configured upstream. */
    public Optional<URI> configuredUrl() {
        return new RestClientConfig(ConfigProvider.getConfig()).url();
    }
}
