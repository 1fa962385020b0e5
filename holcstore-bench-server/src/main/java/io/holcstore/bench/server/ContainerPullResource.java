package io.holcstore.bench.server;

import io.holcstore.rest.sync.client.mp.RestClientChunkSource;
import io.holcstore.rest.sync.client.mp.RestClientChunkSources;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;
import io.holcstore.sync.ChunkPuller;
import io.holcstore.sync.PullResult;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import java.net.URI;
import java.time.Duration;

/**
 * The {@code http_pull} figure's container path: {@code POST /api/bench/container-pull/<source>?page=N} pulls this
 * server's own sync resource of {@code <source>} over loopback HTTP into the workload's sync target (emptied by the
 * benchmark first), as an application's pull does in a container: the MicroProfile REST Client with Fault Tolerance
 * ({@link RestClientChunkSources}), one container transaction per pack, the next pack fetched on the managed executor.
 * Answers {@code {"fetched", "deleted", "bytes", "seconds"}}, the pull alone timed. Fault Tolerance retries nothing
 * here ({@code microprofile-config.properties}): a benchmark must not hide a failed request inside a slow figure.
 */
@Path("bench/container-pull")
public class ContainerPullResource {
    @Inject
    private RestClientChunkSources sources;
    @EJB
    private MonthTargetBean month;
    @EJB
    private YearTargetBean year;
    @EJB
    private ContainerPullTransactions transactions;
    @Resource
    private ManagedExecutorService prefetch;

    @POST
    @Path("{source}")
    @Produces(MediaType.APPLICATION_JSON)
    public String pull(@PathParam("source") String source, @QueryParam("page") int page,
                       @Context HttpServletRequest request) {
        TimeseriesChunkStore target = switch (source) {
            case "benchmonthsource" -> month;
            case "benchyearsource" -> year;
            default -> throw new NotFoundException("no sync source " + source);
        };
        URI own = URI.create("http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/api/sync/"
                + source + "/");
        try (RestClientChunkSource upstream = sources.open(own)) {
            ChunkPuller puller = new ChunkPuller("container pull of " + source, upstream, target, transactions,
                    Duration.ofDays(1)).prefetchingOn(prefetch);
            long start = System.nanoTime();
            PullResult pulled = puller.pull(SeriesKey.all(), page, page);
            double seconds = (System.nanoTime() - start) / 1e9;
            return Json.createObjectBuilder().add("fetched", pulled.fetched()).add("deleted", pulled.deleted())
                    .add("bytes", pulled.bytes()).add("seconds", seconds).build().toString();
        }
    }
}
