package io.holcstore.ejb;

import io.holcstore.series.DenseSeries;
import io.holcstore.series.Series;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.KeyedSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunk;
import io.holcstore.store.TimeseriesChunkStore;
import io.holcstore.store.WriteMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The EJB face of one chunk store: each public method is one container transaction around the same
 * call on {@link TimeseriesChunkStore}, rolled back when it throws. An application declares one bean
 * per store entity:
 * <pre>{@code
 * @Stateless
 * public class DemoStoreBean extends TimeseriesChunkStoreBean<DemoStore> {
 *     public DemoStoreBean() {
 *         super(DemoStore.class);
 *     }
 * }
 * }</pre>
 * and injects it ({@code @EJB DemoStoreBean demo}). The entity manager is the application's only
 * persistence unit; with several, override {@link #entityManager()}.
 *
 * @param <E> the store entity
 */
public abstract class TimeseriesChunkStoreBean<E extends TimeseriesChunk> {
    @PersistenceContext
    private EntityManager em;

    private final Class<E> entity;

    protected TimeseriesChunkStoreBean(Class<E> entity) {
        this.entity = entity;
    }

    /** The entity manager the store works through. */
    protected EntityManager entityManager() {
        return em;
    }

    private TimeseriesChunkStore store() {
        return new TimeseriesChunkStore(entityManager(), entity);
    }

    public void setTs(SeriesKey key, Series series) {
        store().setTs(key, series);
    }

    public int setTs(SeriesKey key, Series series, WriteMode mode) {
        return store().setTs(key, series, mode);
    }

    public int setManyTs(Map<SeriesKey, ? extends Series> seriesByKey) {
        return store().setManyTs(seriesByKey);
    }

    public DenseSeries getTs(SeriesKey key) {
        return store().getTs(key);
    }

    public DenseSeries getTs(SeriesKey key, Instant start, Instant end) {
        return store().getTs(key, start, end);
    }

    public DenseSeries getTs(SeriesKey key, Instant start, Instant end, boolean dropBoundsNa) {
        return store().getTs(key, start, end, dropBoundsNa);
    }

    /**
     * Hands every series matching the filter to {@code consumer}, one at a time, in key order, within
     * this call's transaction (a stream could not outlive it). Returns how many series were handed over.
     */
    public long yieldManyTs(SeriesKey filter, Instant start, Instant end, boolean dropBoundsNa, Consumer<KeyedSeries> consumer) {
        try (Stream<KeyedSeries> series = store().yieldManyTs(filter, start, end, dropBoundsNa)) {
            return series.peek(consumer).count();
        }
    }

    public Optional<Instant> getMaxHorodate(SeriesKey filter) {
        return store().getMaxHorodate(filter);
    }

    public Instant lastUpdatedAt(SeriesKey filter) {
        return store().lastUpdatedAt(filter);
    }

    public int delete(SeriesKey filter, boolean keepTracking) {
        return store().delete(filter, keepTracking);
    }

    public List<ChunkUpdate> listUpdates(Instant since, SeriesKey filter, int limit, long offset) {
        return store().listUpdates(since, filter, limit, offset);
    }

    public long countUpdates(Instant since, SeriesKey filter) {
        return store().countUpdates(since, filter);
    }

    public List<ChunkTransfer> exportChunks(List<ChunkRef> refs) {
        return store().exportChunks(refs);
    }

    public int importChunks(List<ChunkTransfer> chunks) {
        return store().importChunks(chunks);
    }
}
