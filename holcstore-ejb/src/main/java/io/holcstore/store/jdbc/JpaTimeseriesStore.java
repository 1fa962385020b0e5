package io.holcstore.store.jdbc;

import io.holcstore.HolcStoreException;
import io.holcstore.codec.CorruptChunkException;
import io.holcstore.codec.SeriesBlobEncoding;
import io.holcstore.mapping.KeyField;
import io.holcstore.mapping.TimeseriesRecord;
import io.holcstore.mapping.TimeseriesRecordMapping;
import io.holcstore.series.IndexedSeries;
import io.holcstore.series.Series;
import io.holcstore.store.AmbiguousSeriesException;
import io.holcstore.store.ChunkStoreException;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.SeriesAlreadyExistsException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.SeriesNotFoundException;
import io.holcstore.store.TimeseriesEntry;
import io.holcstore.store.TimeseriesStore;
import io.holcstore.store.WriteMode;
import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The store of whole series over an {@link EntityManager}, in the caller's transaction: plain class, no container
 * needed. The EJB face delegates to it; tests use it directly. Cheap to create (what it learns of a store is kept with
 * the persistence unit); not thread-safe, as its EntityManager. The contract of each operation is on
 * {@link TimeseriesStore}.
 */
public final class JpaTimeseriesStore implements TimeseriesStore {
    private static final Logger LOG = Logger.getLogger(JpaTimeseriesStore.class.getName());
    /**
     * How many times a write looks for its row again after its insert met a row committed meanwhile: once is enough
     * unless another transaction removes the row in between each time.
     */
    private static final int WRITE_ATTEMPTS = 3;

    private final EntityManager em;
    private final TimeseriesRecordMapping mapping;
    private final KeyValidator keys;

    /**
     * @param em     the entity manager whose transaction the calls run in
     * @param entity the store entity, listed in the persistence unit of {@code em}
     * @throws io.holcstore.mapping.InvalidStoreDefinitionException if the unit does not list it or did not prepare it
     */
    public JpaTimeseriesStore(EntityManager em, Class<? extends TimeseriesRecord> entity) {
        this.em = InvalidArgumentException.requireNonNull(em, "em");
        this.mapping = TimeseriesRecordMapping.of(em, InvalidArgumentException.requireNonNull(entity, "entity"));
        this.keys = new KeyValidator(mapping.name(), mapping.keys());
    }

    /** What this store's entity declares. */
    public TimeseriesRecordMapping mapping() {
        return mapping;
    }

    @Override
    public List<String> keyFields() {
        return mapping.keys().stream().map(KeyField::name).toList();
    }

    @Override
    public ZoneId zone() {
        return mapping.zone();
    }

    @Override
    public SeriesKey checkFilter(SeriesKey filter) {
        return keys.filter(filter);
    }

    // ---- writes ----

    @Override
    public boolean setTs(SeriesKey key, Series series) {
        return setTs(key, series, WriteMode.INSERT);
    }

    @Override
    public boolean setTs(SeriesKey key, Series series, WriteMode mode) {
        SeriesKey validKey = keys.seriesKey(key, "key");
        InvalidArgumentException.requireNonNull(series, "series");
        InvalidArgumentException.requireNonNull(mode, "mode");
        IndexedSeries written = IndexedSeries.of(series, mapping.zone());
        if (!written.hasValue()) {
            // An upstream outage sending NaN must not wipe a series: removing one is clear's job.
            LOG.info(() -> "store " + mapping.name() + ", " + validKey + ": " + mode + " of " + (written.isEmpty() ? "an empty series"
                    : "nothing but NaN") + ", nothing written");
            return false;
        }
        TimeseriesTable table = table();
        for (int attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
            Optional<TimeseriesRow> stored = table.lockRow(validKey);
            if (stored.isPresent()) {
                overwrite(table, stored.get(), written, mode);
                return true;
            }
            if (table.insertIfAbsent(validKey, SeriesBlobEncoding.current().dtype(), encode(written))) {
                return true;
            }
            // Another transaction wrote the series' first row after this one looked for it, and committed.
            if (mode == WriteMode.INSERT) {
                throw new SeriesAlreadyExistsException(mapping.name(), validKey);
            }
        }
        throw new ChunkStoreException("store " + mapping.name() + ", " + validKey + ": the series' row was created and removed "
                + "by other transactions " + WRITE_ATTEMPTS + " times while this write looked for it; nothing was written, try again");
    }

    /** Writes over the locked row of a stored series as {@code mode} says. */
    private void overwrite(TimeseriesTable table, TimeseriesRow row, IndexedSeries written, WriteMode mode) {
        IndexedSeries saved = switch (mode) {
            case INSERT -> throw new SeriesAlreadyExistsException(mapping.name(), row.key());
            case UPDATE -> written.combineFirst(decode(row));
            case REPLACE -> written;
        };
        table.update(row.id(), SeriesBlobEncoding.current().dtype(), encode(saved));
    }

    private static byte[] encode(IndexedSeries series) {
        try {
            return SeriesBlobEncoding.current().encode(series);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("series", "cannot be stored: " + e.getMessage());
        }
    }

    // ---- reads ----

    @Override
    public List<TimeseriesEntry> getTs(SeriesKey filter) {
        List<TimeseriesEntry> entries = new ArrayList<>();
        forEachTs(filter, entries::add);
        return entries;
    }

    @Override
    public IndexedSeries getOneTs(SeriesKey filter) {
        return getOneEntry(filter).series();
    }

    @Override
    public TimeseriesEntry getOneEntry(SeriesKey filter) {
        SeriesKey validFilter = keys.filter(filter);
        TimeseriesTable table = table();
        // Two rows are enough to tell one from several; only then is the count worth a query.
        List<TimeseriesRow> rows = new ArrayList<>(2);
        table.forEach(validFilter, 2, rows::add);
        if (rows.isEmpty()) {
            throw new SeriesNotFoundException(mapping.name(), validFilter);
        }
        if (rows.size() > 1) {
            throw new AmbiguousSeriesException(mapping.name(), validFilter, table.count(validFilter));
        }
        TimeseriesRow row = rows.get(0);
        return new TimeseriesEntry(row.key(), decode(row));
    }

    @Override
    public long forEachTs(SeriesKey filter, Consumer<TimeseriesEntry> consumer) {
        SeriesKey validFilter = keys.filter(filter);
        InvalidArgumentException.requireNonNull(consumer, "consumer");
        return table().forEach(validFilter, 0, row -> consumer.accept(new TimeseriesEntry(row.key(), decode(row))));
    }

    @Override
    public long count(SeriesKey filter) {
        return table().count(keys.filter(filter));
    }

    // ---- removal ----

    @Override
    public int clear(SeriesKey filter) {
        SeriesKey validFilter = keys.filter(filter);
        int removed = table().delete(validFilter);
        LOG.fine(() -> "store " + mapping.name() + ": cleared " + removed + " series matching " + validFilter);
        return removed;
    }

    /** The series a row holds; a blob or dtype that cannot be decoded is an error naming the row. */
    private IndexedSeries decode(TimeseriesRow row) {
        try {
            return SeriesBlobEncoding.forDtype(row.dtype()).decode(row.data(), mapping.zone());
        } catch (HolcStoreException e) {
            throw new CorruptChunkException("store " + mapping.name() + ", row id " + row.id() + " (series " + row.key() + "): "
                    + e.getMessage(), e);
        }
    }

    private TimeseriesTable table() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new ChunkStoreException("store " + mapping.name() + ": operations must run inside a transaction");
        }
        return new TimeseriesTable(mapping, TimeseriesDialects.of(em, mapping, connection), connection);
    }
}
