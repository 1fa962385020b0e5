package io.holcstore.example.pull;

import io.holcstore.sync.ChunkSourceException;
import io.holcstore.sync.PullResult;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pulls the mirror every {@value #INTERVAL_KEY} (ISO-8601, default {@value #DEFAULT_INTERVAL}) with a programmatic
 * timer, since {@code @Schedule} cannot take its period from config. The timer is not persistent (a restarted server
 * starts a new one). Nothing a pull does escapes the timeout method, not even finding the upstream: a timeout that
 * throws may be retried or cancel the timer, and the next pull resumes where this one stopped anyway. An upstream
 * failure is one WARNING line naming the URL and status (while the upstream is down, Fault Tolerance's circuit
 * breaker makes each such pull fail at once); anything else is logged with its stack trace. While the upstream is
 * this server's own and no request has yet told its port ({@link OwnSyncUrl}), or while another pull runs, the timer
 * skips its pull. Bean-managed concurrency: the container never makes a timeout wait on another (and time out
 * waiting); {@link MirrorPuller} keeps pulls one at a time.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MirrorPullTimer {
    public static final String INTERVAL_KEY = "holcstore.demo.pull-interval";
    public static final String DEFAULT_INTERVAL = "PT1M";

    private static final Logger LOG = Logger.getLogger(MirrorPullTimer.class.getName());

    @Resource
    private TimerService timers;
    @Inject
    private MirrorPuller puller;

    @PostConstruct
    void start() {
        Duration interval = Duration.parse(ConfigProvider.getConfig().getOptionalValue(INTERVAL_KEY, String.class)
                .orElse(DEFAULT_INTERVAL));
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(INTERVAL_KEY + " must be a positive duration, got " + interval);
        }
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig("mirror pull", false));
        LOG.log(Level.INFO, "the mirror is pulled every {0}", interval);
    }

    @Timeout
    void pull() {
        try {
            if (!puller.hasUpstream()) {
                LOG.fine("no timed mirror pull: the upstream is not known until this server has served a request");
                return;
            }
            Optional<PullResult> result = puller.pullUnlessRunning();
            LOG.log(Level.FINE, "timed mirror pull: {0}", result.map(Object::toString).orElse("skipped, a pull is running"));
        } catch (ChunkSourceException e) {
            LOG.log(Level.WARNING, "timed mirror pull failed; the next one resumes where it stopped: {0}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "timed mirror pull failed; the next one resumes where it stopped: " + e, e);
        }
    }
}
