package io.holcstore.example.observability;

import io.holcstore.sync.PullResult;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The mirror pulls' MicroProfile metrics (application registry, so {@code /metrics?scope=application}):
 * pulls done, pulls failed, live chunks, tombstones and blob bytes imported, and when the last pull ended.
 * Registered at startup, so that they read 0 before the first pull rather than being absent.
 */
@ApplicationScoped
public class MirrorPullMetrics {
    public static final String PULLS = "holcstore.mirror.pulls";
    public static final String FAILURES = "holcstore.mirror.pull.failures";
    public static final String CHUNKS = "holcstore.mirror.pulled.chunks";
    public static final String TOMBSTONES = "holcstore.mirror.pulled.tombstones";
    public static final String BYTES = "holcstore.mirror.pulled.bytes";
    public static final String LAST_PULL = "holcstore.mirror.last.pull.time";

    @Inject
    private MetricRegistry registry;

    private Counter pulls;
    private Counter failures;
    private Counter chunks;
    private Counter tombstones;
    private Counter bytes;
    /** Epoch milliseconds at the end of the last successful pull; 0 before. */
    private final AtomicLong lastPullMillis = new AtomicLong();

    @PostConstruct
    void register() {
        pulls = counter(PULLS, "Mirror pulls completed (timed or asked by POST /api/stores/mirror/pull)");
        failures = counter(FAILURES, "Mirror pulls that failed; the next one resumes where they stopped");
        chunks = counter(CHUNKS, "Live chunks imported into DemoMirror by pulls");
        tombstones = counter(TOMBSTONES, "Tombstones (deleted chunks) imported into DemoMirror by pulls");
        bytes = counter(BYTES, "Bytes of chunk blobs received by pulls");
        registry.gauge(Metadata.builder().withName(LAST_PULL).withUnit(MetricUnits.SECONDS)
                        .withDescription("When the last successful mirror pull ended, in seconds since the epoch; 0 before")
                        .build(),
                lastPullMillis, millis -> millis.get() / 1000.0);
    }

    /** Creates this bean, and so its metrics, when the application starts. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Nothing more: being called instantiates the bean.
    }

    /** Records a pull that completed. */
    public void pulled(PullResult result) {
        pulls.inc();
        chunks.inc(result.fetched());
        tombstones.inc(result.deleted());
        bytes.inc(result.bytes());
        lastPullMillis.set(System.currentTimeMillis());
    }

    /** Records a pull that failed. */
    public void failed() {
        failures.inc();
    }

    private Counter counter(String name, String description) {
        return registry.counter(Metadata.builder().withName(name).withDescription(description).build());
    }
}
