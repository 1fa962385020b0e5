package io.holcstore.store.dialect.h2;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JVM's clock as the H2 dialect stamps with it: in microseconds (what the {@code updated_at} column holds), and
 * never earlier than a stamp or horizon it gave before, even if the system clock is set back. A listing relies on it:
 * a write that reads the clock after the listing's horizon was read must not stamp before that horizon.
 */
final class StampClock {
    private static final AtomicLong LAST_MICROS = new AtomicLong(Long.MIN_VALUE);

    private StampClock() {
    }

    /** The current instant, truncated to microseconds, at or after every instant returned before. */
    static Instant now() {
        Instant now = Instant.now();
        long micros = Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000L), now.getNano() / 1_000);
        long stamp = LAST_MICROS.accumulateAndGet(micros, Math::max);
        return Instant.EPOCH.plus(stamp, ChronoUnit.MICROS);
    }
}
