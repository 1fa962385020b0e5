package io.holcstore.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Heap use of a piece of work, read from the collector's own reports since the last {@link #reset()}:
 * <ul>
 * <li>{@link #peakBytes()}: the most heap in use just before any collection (or now): the real high-water
 *     mark, garbage included, so it mostly says how far the collector let the heap fill under the given
 *     {@code -Xmx}. Summing the pools' own peaks instead would add up moments that never coincide.</li>
 * <li>{@link #afterGcBytes()}: the most heap left just after any collection: what the work kept reachable,
 *     plus old-generation garbage that young collections leave; closer to what the work needs.</li>
 * </ul>
 */
public final class HeapPeak {
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final AtomicLong beforeGc = new AtomicLong();
    private final AtomicLong afterGc = new AtomicLong();

    public HeapPeak() {
        NotificationListener onCollection = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                beforeGc.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
                afterGc.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
            }
        };
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(onCollection, null, null);
        }
    }

    /** Collects what earlier work left, then restarts both measures from the heap in use now. */
    public void reset() {
        System.gc();
        long now = heapUsedNow();
        beforeGc.set(now);
        afterGc.set(now);
    }

    public long peakBytes() {
        return Math.max(beforeGc.get(), heapUsedNow());
    }

    public long afterGcBytes() {
        return afterGc.get();
    }

    private long heapUsed(Map<String, MemoryUsage> byPool) {
        return byPool.entrySet().stream().filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
    }

    private static long heapUsedNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
