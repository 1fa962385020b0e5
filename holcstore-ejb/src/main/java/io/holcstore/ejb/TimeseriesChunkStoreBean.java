package io.holcstore.ejb;

import io.holcstore.mapping.StoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.series.DenseSeries;
import io.holcstore.series.Series;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.KeyedSeries;
import io.holcstore.store.KeyLookup;
import io.holcstore.store.PullPosition;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;
import io.holcstore.store.UpdatePosition;
import io.holcstore.store.UpdatesListing;
import io.holcstore.store.WriteMode;
import io.holcstore.store.jdbc.JpaTimeseriesChunkStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The EJB face of one chunk store: each {@link TimeseriesChunkStore} operation is one container
 * transaction (REQUIRED: it joins the caller's, if any) around the same call on a
 * {@link JpaTimeseriesChunkStore}, rolled back when it throws. An application declares one bean per
 * store entity:
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
public abstract class TimeseriesChunkStoreBean<E extends TimeseriesChunk> implements TimeseriesChunkStore {
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

    private JpaTimeseriesChunkStore store() {
        return new JpaTimeseriesChunkStore(entityManager(), entity);
    }

    @Override
    public StoreSettings settings() {
        return store().settings();
    }

    @Override
    public List<String> keyFields() {
        return store().keyFields();
    }

    @Override
    public SeriesKey checkFilter(SeriesKey filter) {
        return store().checkFilter(filter);
    }

    @Override
    public void setTs(SeriesKey key, Series series) {
        store().setTs(key, series);
    }

    @Override
    public int setTs(SeriesKey key, Series series, WriteMode mode) {
        return store().setTs(key, series, mode);
    }

    @Override
    public int setManyTs(Map<SeriesKey, ? extends Series> seriesByKey) {
        return store().setManyTs(seriesByKey);
    }

    @Override
    public DenseSeries getTs(SeriesKey key) {
        return store().getTs(key);
    }

    @Override
    public DenseSeries getTs(SeriesKey key, Instant start, Instant end) {
        return store().getTs(key, start, end);
    }

    @Override
    public DenseSeries getTs(SeriesKey key, Instant start, Instant end, boolean dropBoundsNa) {
        return store().getTs(key, start, end, dropBoundsNa);
    }

    /** A consumer, not a stream: a stream could not outlive this call's transaction. */
    @Override
    public long yieldManyTs(SeriesKey filter, Instant start, Instant end, boolean dropBoundsNa, Consumer<KeyedSeries> consumer) {
        return store().yieldManyTs(filter, start, end, dropBoundsNa, consumer);
    }

    @Override
    public Optional<Instant> getMaxHorodate(SeriesKey filter) {
        return store().getMaxHorodate(filter);
    }

    @Override
    public Instant lastUpdatedAt(SeriesKey filter) {
        return store().lastUpdatedAt(filter);
    }

    @Override
    public int delete(SeriesKey filter, boolean keepTracking) {
        return store().delete(filter, keepTracking);
    }

    @Override
    public UpdatesListing listUpdates(Instant since, SeriesKey filter, int limit, UpdatePosition after) {
        return store().listUpdates(since, filter, limit, after);
    }

    @Override
    public UpdatesListing listUpdates(Instant since, SeriesKey filter, int limit, long offset) {
        return store().listUpdates(since, filter, limit, offset);
    }

    @Override
    public UpdatesListing listUpdates(Instant since, SeriesKey filter, List<KeyLookup> lookups, int limit,
                                      UpdatePosition after, long offset) {
        return store().listUpdates(since, filter, lookups, limit, after, offset);
    }

    @Override
    public List<ChunkTransfer> exportChunks(List<ChunkRef> refs) {
        return store().exportChunks(refs);
    }

    @Override
    public int importChunks(List<ChunkTransfer> chunks) {
        return store().importChunks(chunks);
    }

    @Override
    public int importChunks(List<ChunkTransfer> chunks, PullPosition advanceTo) {
        return store().importChunks(chunks, advanceTo);
    }

    @Override
    public Optional<Instant> pullPosition(String upstream, SeriesKey filter) {
        return store().pullPosition(upstream, filter);
    }

    @Override
    public Instant pullStart(String upstream, SeriesKey filter) {
        return store().pullStart(upstream, filter);
    }
}
