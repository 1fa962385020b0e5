package io.holcstore.example;

import io.holcstore.example.observability.MirrorPullMetrics;
import io.holcstore.rest.sync.client.HttpChunkSource;
import io.holcstore.rest.sync.client.PackMethod;
import io.holcstore.rest.sync.client.RetryPolicy;
import io.holcstore.store.SeriesKey;
import io.holcstore.sync.ChunkPuller;
import io.holcstore.sync.ChunkSourceException;
import io.holcstore.sync.PullResult;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.util.Optional;

/**
 * Pulls {@link DemoStore}'s changes from its sync URL into {@link DemoMirror}: the URL of config key
 * {@value #UPSTREAM_KEY}, or by default this server's own {@code /api/sync/demo/} ({@link OwnSyncUrl}). One pull at a
 * time (a write-locked singleton: two pulls of one store would import the same packs twice over), outside any
 * transaction ({@code NOT_SUPPORTED}): each pack commits on its own through {@link MirrorTransactions}. Every pull,
 * done or failed, is counted in {@link MirrorPullMetrics}; an upstream that asks for credentials gets those of
 * {@link UpstreamHttpClient}.
 */
@Singleton
@Lock(LockType.WRITE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MirrorPuller {
    public static final String UPSTREAM_KEY = "holcstore.demo.upstream";
    /** Chunks per pack, and so per local transaction. */
    static final int BATCH = 100;
    /** Updates per page asked of the upstream. */
    static final int PAGE_SIZE = 1000;

    @EJB
    private DemoMirrorBean mirror;
    @EJB
    private MirrorTransactions transactions;
    @Inject
    private OwnSyncUrl ownSyncUrl;
    @Inject
    private MirrorPullMetrics metrics;
    /** Fetches the next pack while the current one imports (the server's default managed executor). */
    @Resource
    private ManagedExecutorService prefetch;

    private URI sourceUrl;
    private HttpChunkSource source;

    /**
     * Pulls every change of the upstream since the newest chunk the mirror holds.
     *
     * @throws ChunkSourceException if the upstream fails, or is this server's own and no request has told its port
     *                              yet; the packs imported before are kept
     */
    public PullResult pull() {
        try {
            URI upstream = upstream().orElseThrow(() -> new ChunkSourceException(UPSTREAM_KEY + " is not set and this"
                    + " server's own sync URL is not known until it has served a request"));
            PullResult result = new ChunkPuller("DemoMirror from " + upstream, source(upstream), mirror, transactions)
                    .prefetchingOn(prefetch)
                    .pull(SeriesKey.all(), BATCH, PAGE_SIZE);
            metrics.pulled(result);
            return result;
        } catch (RuntimeException e) {
            metrics.failed();
            throw e;
        }
    }

    /** Whether there is an upstream to pull from: configured, or this server's own once it has served a request. */
    public boolean hasUpstream() {
        return upstream().isPresent();
    }

    private Optional<URI> upstream() {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue(UPSTREAM_KEY, String.class)
                .map(String::strip).filter(url -> !url.isEmpty());
        return configured.isPresent() ? configured.map(URI::create) : ownSyncUrl.get();
    }

    /** One source (and so one HTTP client, with its connections) per upstream URL, kept between pulls. */
    private HttpChunkSource source(URI upstream) {
        if (!upstream.equals(sourceUrl)) {
            source = new HttpChunkSource(upstream, UpstreamHttpClient.create(upstream), PackMethod.POST, RetryPolicy.defaults(),
                    HttpChunkSource.DEFAULT_MAX_BLOB_BYTES);
            sourceUrl = upstream;
        }
        return source;
    }
}
