package io.holcstore.bench;

import io.holcstore.rest.sync.client.HttpChunkSource;
import io.holcstore.rest.sync.client.PackMethod;
import io.holcstore.rest.sync.client.RetryPolicy;
import io.holcstore.rest.sync.client.SyncHttpClients;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The {@code http_pull} figure's run: the library's client ({@link HttpChunkSource}, packs by POST) pulling the
 * workload's sync source through the library's server ({@link BenchServer}) over loopback HTTP into the emptied sync
 * target, with the same puller, filter and page size as {@link Replication}.
 */
public final class HttpPull {
    /** No retries: a benchmark must not hide a failed request inside a slow figure. */
    private static final RetryPolicy NO_RETRY = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    private final URI syncUrl;
    private final HttpClient http;
    private final SyncTargetPull target;
    private final String name;

    public HttpPull(Database db, Workload workload, int pageSize, URI syncUrl) {
        this.syncUrl = syncUrl;
        this.http = SyncHttpClients.newClient();
        this.target = new SyncTargetPull(db, workload, pageSize);
        this.name = "http pull of " + workload.label() + " from " + syncUrl;
    }

    public SyncTargetPull.Result run() {
        HttpChunkSource source = new HttpChunkSource(syncUrl, http, PackMethod.POST, NO_RETRY,
                HttpChunkSource.DEFAULT_MAX_BLOB_BYTES);
        return target.pull(name, source);
    }
}
