package io.holcstore.ejb;

import io.holcstore.mapping.LoadCurve;
import io.holcstore.series.Series;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.jdbc.JpaLoadCurveStore;
import io.holcstore.store.loadcurve.HoleSearch;
import io.holcstore.store.loadcurve.LoadCurveEntry;
import io.holcstore.store.loadcurve.LoadCurveQuery;
import io.holcstore.store.loadcurve.LoadCurveStore;
import io.holcstore.store.loadcurve.LoadCurveWrite;
import io.holcstore.store.loadcurve.MissingGroups;
import io.holcstore.store.loadcurve.TimeRange;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The EJB face of one load-curve store: each {@link LoadCurveStore} operation is one container transaction
 * (REQUIRED: it joins the caller's, if any) around the same call on a {@link JpaLoadCurveStore}, rolled back when it
 * throws. An application declares one bean per store entity:
 * <pre>{@code
 * @Stateless
 * public class DemoCurveStoreBean extends LoadCurveStoreBean<DemoCurve> {
 *     public DemoCurveStoreBean() {
 *         super(DemoCurve.class);
 *     }
 * }
 * }</pre>
 * and injects it. The entity manager is the application's only persistence unit; with several, override
 * {@link #entityManager()}.
 *
 * @param <E> the store entity
 */
public abstract class LoadCurveStoreBean<E extends LoadCurve> implements LoadCurveStore {
    @PersistenceContext
    private EntityManager em;

    private final Class<E> entity;

    protected LoadCurveStoreBean(Class<E> entity) {
        this.entity = entity;
    }

    /** The entity manager the store works through. */
    protected EntityManager entityManager() {
        return em;
    }

    private JpaLoadCurveStore store() {
        return new JpaLoadCurveStore(entityManager(), entity);
    }

    @Override
    public String name() {
        return store().name();
    }

    @Override
    public ZoneId zone() {
        return store().zone();
    }

    @Override
    public List<String> attributeFields() {
        return store().attributeFields();
    }

    @Override
    public LoadCurveQuery checkQuery(LoadCurveQuery query) {
        return store().checkQuery(query);
    }

    @Override
    public OptionalInt setLc(String prm, Series series, int clientId) {
        return store().setLc(prm, series, clientId);
    }

    @Override
    public OptionalInt setLc(String prm, Series series, int clientId, LoadCurveWrite write) {
        return store().setLc(prm, series, clientId, write);
    }

    @Override
    public Map<String, Integer> setManyLc(Map<String, ? extends Series> series, int clientId) {
        return store().setManyLc(series, clientId);
    }

    @Override
    public Map<String, Integer> setManyLc(Map<String, ? extends Series> series, int clientId, LoadCurveWrite write) {
        return store().setManyLc(series, clientId, write);
    }

    @Override
    public List<LoadCurveEntry> getLc(String prm, int clientId) {
        return store().getLc(prm, clientId);
    }

    @Override
    public List<LoadCurveEntry> getLc(String prm, int clientId, LoadCurveQuery query) {
        return store().getLc(prm, clientId, query);
    }

    @Override
    public Map<String, List<LoadCurveEntry>> getManyLc(Collection<String> prms, int clientId) {
        return store().getManyLc(prms, clientId);
    }

    @Override
    public Map<String, List<LoadCurveEntry>> getManyLc(Collection<String> prms, int clientId, LoadCurveQuery query) {
        return store().getManyLc(prms, clientId, query);
    }

    /** A consumer, not a stream: a stream could not outlive this call's transaction. */
    @Override
    public void forEachLc(int clientId, LoadCurveQuery query, Consumer<LoadCurveEntry> visitor) {
        store().forEachLc(clientId, query, visitor);
    }

    /** A consumer, not a stream: a stream could not outlive this call's transaction. */
    @Override
    public void forEachLc(Collection<String> prms, int clientId, LoadCurveQuery query, Consumer<LoadCurveEntry> visitor) {
        store().forEachLc(prms, clientId, query, visitor);
    }

    @Override
    public long count(int clientId) {
        return store().count(clientId);
    }

    @Override
    public long count(int clientId, SeriesKey filters) {
        return store().count(clientId, filters);
    }

    @Override
    public int clear(Collection<String> prms, int clientId, SeriesKey filters) {
        return store().clear(prms, clientId, filters);
    }

    @Override
    public int clearVersion(Collection<String> prms, int clientId, int version, SeriesKey filters) {
        return store().clearVersion(prms, clientId, version, filters);
    }

    @Override
    public int clearAll(SeriesKey filters) {
        return store().clearAll(filters);
    }

    @Override
    public int clearAll(int clientId, SeriesKey filters) {
        return store().clearAll(clientId, filters);
    }

    @Override
    public Map<String, List<TimeRange>> findHoles(int clientId, Instant from, Instant to, Duration freq) {
        return store().findHoles(clientId, from, to, freq);
    }

    @Override
    public Map<String, List<TimeRange>> findHoles(int clientId, Instant from, Instant to, Duration freq, HoleSearch search) {
        return store().findHoles(clientId, from, to, freq, search);
    }

    @Override
    public MissingGroups findGroups(int clientId, Collection<String> prms, TimeRange range, Duration freq) {
        return store().findGroups(clientId, prms, range, freq);
    }

    @Override
    public MissingGroups findGroups(int clientId, Collection<String> prms, TimeRange range, Duration freq, LoadCurveQuery query) {
        return store().findGroups(clientId, prms, range, freq, query);
    }
}
