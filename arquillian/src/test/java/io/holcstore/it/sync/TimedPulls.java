package io.holcstore.it.sync;

import io.holcstore.store.SeriesKey;
import io.holcstore.sync.ChunkPuller;
import io.holcstore.sync.PullResult;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a pull from an EJB timer, as the example's MirrorPullTimer does (a programmatic, non-persistent timer; the
 * timeout outside any transaction, so that each pack commits on its own), but once and at once, handing its outcome
 * back. Unlike the example's puller, nothing here serialises pulls: a test can race a timed pull against a manual one.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TimedPulls {

    /** A pull waiting for its timer. */
    private record Job(ChunkPuller puller, SeriesKey filter, int batch, int pageSize, CompletableFuture<PullResult> outcome) {
    }

    @Resource
    private TimerService timers;

    private final Map<String, Job> waiting = new ConcurrentHashMap<>();

    /** Starts {@code puller.pull(filter, batch, pageSize)} on a timer thread now; the future completes with its outcome. */
    public CompletableFuture<PullResult> pullNow(ChunkPuller puller, SeriesKey filter, int batch, int pageSize) {
        String id = "timed pull " + UUID.randomUUID();
        Job job = new Job(puller, filter, batch, pageSize, new CompletableFuture<>());
        waiting.put(id, job);
        timers.createSingleActionTimer(1, new TimerConfig(id, false));
        return job.outcome();
    }

    @Timeout
    void fire(Timer timer) {
        Job job = waiting.remove((String) timer.getInfo());
        if (job == null) {
            return;
        }
        try {
            job.outcome().complete(job.puller().pull(job.filter(), job.batch(), job.pageSize()));
        } catch (RuntimeException | Error e) {
            // Handed to the test, never thrown: a timeout that throws may be retried by the container.
            job.outcome().completeExceptionally(e);
        }
    }
}
