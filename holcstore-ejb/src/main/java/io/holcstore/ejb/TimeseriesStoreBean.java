package io.holcstore.ejb;

import io.holcstore.mapping.TimeseriesRecord;
import io.holcstore.series.IndexedSeries;
import io.holcstore.series.Series;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesEntry;
import io.holcstore.store.TimeseriesStore;
import io.holcstore.store.WriteMode;
import io.holcstore.store.jdbc.JpaTimeseriesStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * The EJB face of one store of whole series: each {@link TimeseriesStore} operation is one container transaction
 * (REQUIRED: it joins the caller's, if any) around the same call on a {@link JpaTimeseriesStore}, rolled back when it
 * throws. An application declares one bean per store entity:
 * <pre>{@code
 * @Stateless
 * public class DemoProfileBean extends TimeseriesStoreBean<DemoProfile> {
 *     public DemoProfileBean() {
 *         super(DemoProfile.class);
 *     }
 * }
 * }</pre>
 * and injects it ({@code @EJB DemoProfileBean profiles}). The entity manager is the application's only persistence
 * unit; with several, override {@link #entityManager()}.
 *
 * @param <E> the store entity
 */
public abstract class TimeseriesStoreBean<E extends TimeseriesRecord> implements TimeseriesStore {
    @PersistenceContext
    private EntityManager em;

    private final Class<E> entity;

    protected TimeseriesStoreBean(Class<E> entity) {
        this.entity = entity;
    }

    /** The entity manager the store works through. */
    protected EntityManager entityManager() {
        return em;
    }

    private JpaTimeseriesStore store() {
        return new JpaTimeseriesStore(entityManager(), entity);
    }

    @Override
    public List<String> keyFields() {
        return store().keyFields();
    }

    @Override
    public ZoneId zone() {
        return store().zone();
    }

    @Override
    public SeriesKey checkFilter(SeriesKey filter) {
        return store().checkFilter(filter);
    }

    @Override
    public boolean setTs(SeriesKey key, Series series) {
        return store().setTs(key, series);
    }

    @Override
    public boolean setTs(SeriesKey key, Series series, WriteMode mode) {
        return store().setTs(key, series, mode);
    }

    @Override
    public List<TimeseriesEntry> getTs(SeriesKey filter) {
        return store().getTs(filter);
    }

    @Override
    public IndexedSeries getOneTs(SeriesKey filter) {
        return store().getOneTs(filter);
    }

    @Override
    public TimeseriesEntry getOneEntry(SeriesKey filter) {
        return store().getOneEntry(filter);
    }

    /** The consumer runs inside this call's transaction, so a streamed response is written while the rows are read. */
    @Override
    public long forEachTs(SeriesKey filter, Consumer<TimeseriesEntry> consumer) {
        return store().forEachTs(filter, consumer);
    }

    @Override
    public int clear(SeriesKey filter) {
        return store().clear(filter);
    }

    @Override
    public long count(SeriesKey filter) {
        return store().count(filter);
    }
}
