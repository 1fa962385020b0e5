package io.holcstore.example.pull;

import io.holcstore.example.observability.MirrorPullMetrics;
import io.holcstore.example.stores.DemoMirrorBean;
import io.holcstore.rest.sync.client.mp.RestClientChunkSource;
import io.holcstore.rest.sync.client.mp.RestClientChunkSources;
import io.holcstore.store.SeriesKey;
import io.holcstore.sync.ChunkPuller;
import io.holcstore.sync.ChunkSourceException;
import io.holcstore.sync.PullResult;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Pulls {@code DemoStore}'s changes from its sync URL into {@code DemoMirror}, through the MicroProfile REST Client
 * with Fault Tolerance ({@link RestClientChunkSources}): from the URL of config key {@value #UPSTREAM_KEY}, read at
 * each pull, or by default this server's own {@code /api/sync/demo/} ({@link OwnSyncUrl}). An upstream that refuses
 * POST packs (the Python reference's server) is detected by its 405 and pulled with GET-with-body packs, with no
 * setting; credentials are the sync client's ({@code holcstore.sync.client.token}, or {@code .user} and
 * {@code .password}).
 *
 * <p>One pull at a time: two pulls of one store would import the same packs twice over. {@link #pull} waits for a
 * running one; {@link #pullUnlessRunning} (the timer's) skips instead. Outside any transaction: each pack commits on
 * its own through {@link MirrorTransactions}. A CDI bean rather than an EJB, so that a failed pull reaches the caller
 * as the {@link ChunkSourceException} it is (naming the URL and status), not wrapped in an {@code EJBException}.
 * Every pull, done or failed, is counted in {@link MirrorPullMetrics}.
 */
@ApplicationScoped
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
    private RestClientChunkSources sources;
    @Inject
    private OwnSyncUrl ownSyncUrl;
    @Inject
    private MirrorPullMetrics metrics;
    /** Fetches the next pack while the current one imports (the server's default managed executor). */
    @Resource
    private ManagedExecutorService prefetch;

    private final ReentrantLock oneAtATime = new ReentrantLock();
    /** Kept between pulls (it remembers an upstream that takes only GET-with-body packs); guarded by the lock. */
    private RestClientChunkSource source;
    private URI sourceUrl;

    /**
     * Pulls every change of the upstream since the last pull, after the running pull if there is one.
     *
     * @throws ChunkSourceException naming the URL and status if the upstream fails
     *                              ({@link io.holcstore.rest.sync.client.UpstreamException}), or if it is this server's
     *                              own and no request has told its port yet; the packs imported before are kept
     */
    public PullResult pull() {
        oneAtATime.lock();
        try {
            return pullNow();
        } finally {
            oneAtATime.unlock();
        }
    }

    /** As {@link #pull}, or nothing if a pull is running. */
    public Optional<PullResult> pullUnlessRunning() {
        if (!oneAtATime.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(pullNow());
        } finally {
            oneAtATime.unlock();
        }
    }

    /** Whether there is an upstream to pull from: configured, or this server's own once it has served a request. */
    public boolean hasUpstream() {
        return upstream().isPresent();
    }

    @PreDestroy
    void close() {
        if (source != null) {
            source.close();
        }
    }

    private PullResult pullNow() {
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

    private Optional<URI> upstream() {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue(UPSTREAM_KEY, String.class)
                .map(String::strip).filter(url -> !url.isEmpty());
        return configured.isPresent() ? configured.map(URI::create) : ownSyncUrl.get();
    }

    /** One source per upstream URL, kept between pulls; a new one when the configured URL changes. */
    private RestClientChunkSource source(URI upstream) {
        if (!upstream.equals(sourceUrl)) {
            if (source != null) {
                source.close();
            }
            source = sources.open(upstream);
            sourceUrl = upstream;
        }
        return source;
    }
}
