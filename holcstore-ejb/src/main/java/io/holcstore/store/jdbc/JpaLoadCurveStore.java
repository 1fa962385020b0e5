package io.holcstore.store.jdbc;

import io.holcstore.mapping.IdSequence;
import io.holcstore.mapping.KeyField;
import io.holcstore.mapping.LoadCurve;
import io.holcstore.mapping.LoadCurveMapping;
import io.holcstore.series.IndexedSeries;
import io.holcstore.series.Series;
import io.holcstore.store.AmbiguousSeriesException;
import io.holcstore.store.ChunkStoreException;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.loadcurve.HoleSearch;
import io.holcstore.store.loadcurve.LoadCurveEntry;
import io.holcstore.store.loadcurve.LoadCurveFields;
import io.holcstore.store.loadcurve.LoadCurveQuery;
import io.holcstore.store.loadcurve.LoadCurveStore;
import io.holcstore.store.loadcurve.LoadCurveWrite;
import io.holcstore.store.loadcurve.MissingGroups;
import io.holcstore.store.loadcurve.TimeRange;
import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The load-curve store over an {@link EntityManager}, in the caller's transaction: plain class, no container needed.
 * The EJB face delegates to it; tests use it directly. Cheap to create (what it learns of a store is kept with the
 * persistence unit); not thread-safe, as its EntityManager. The contract of each operation is on
 * {@link LoadCurveStore}.
 */
public final class JpaLoadCurveStore implements LoadCurveStore {
    private static final Logger LOG = Logger.getLogger(JpaLoadCurveStore.class.getName());
    /** prms per statement of a read or delete of many. */
    private static final int PRM_BATCH = 500;

    private final EntityManager em;
    private final LoadCurveMapping mapping;

    /**
     * @throws InvalidArgumentException naming {@code em} or {@code entity} if null
     * @throws io.holcstore.mapping.InvalidStoreDefinitionException if the entity is not a prepared entity of the unit
     */
    public JpaLoadCurveStore(EntityManager em, Class<? extends LoadCurve> entity) {
        this.em = InvalidArgumentException.requireNonNull(em, "em");
        this.mapping = LoadCurveMapping.of(em, InvalidArgumentException.requireNonNull(entity, "entity"));
    }

    @Override
    public String name() {
        return mapping.name();
    }

    @Override
    public ZoneId zone() {
        return mapping.zone();
    }

    @Override
    public List<String> attributeFields() {
        return mapping.attributes().stream().map(KeyField::name).toList();
    }

    @Override
    public LoadCurveQuery checkQuery(LoadCurveQuery query) {
        return checked(context(), query);
    }

    private static LoadCurveQuery checked(LoadCurveContext store, LoadCurveQuery query) {
        InvalidArgumentException.requireNonNull(query, "query");
        query.combinedBy().forEach(field -> store.column(field, "combinedBy"));
        query.orderBy().forEach(order -> store.column(order.field(), "orderBy"));
        return query.filters(store.attributes.ofFilter(query.filters()));
    }

    // ---- writes ----

    @Override
    public OptionalInt setLc(String prm, Series series, int clientId) {
        return setLc(prm, series, clientId, LoadCurveWrite.inPlace());
    }

    @Override
    public OptionalInt setLc(String prm, Series series, int clientId, LoadCurveWrite write) {
        Map<String, Integer> written = setManyLc(singleton(checkPrm(prm), InvalidArgumentException.requireNonNull(series, "series")),
                clientId, write);
        return written.isEmpty() ? OptionalInt.empty() : OptionalInt.of(written.get(prm));
    }

    @Override
    public Map<String, Integer> setManyLc(Map<String, ? extends Series> series, int clientId) {
        return setManyLc(series, clientId, LoadCurveWrite.inPlace());
    }

    @Override
    public Map<String, Integer> setManyLc(Map<String, ? extends Series> series, int clientId, LoadCurveWrite write) {
        InvalidArgumentException.requireNonNull(series, "series");
        InvalidArgumentException.requireNonNull(write, "write");
        LoadCurveContext store = context();
        SeriesKey attributes = store.attributes.ofWrite(write.attributes());
        if (write.versioning()) {
            store.checkVersioningBy(write.versioningBy());
        }
        // Every prm and series checked before the first row is written: a bad one writes nothing.
        Map<String, IndexedSeries> curves = new LinkedHashMap<>();
        series.forEach((prm, written) -> {
            checkPrm(prm);
            IndexedSeries curve = IndexedSeries.of(InvalidArgumentException.requireNonNull(written, "series of prm '" + prm + "'"),
                    mapping.zone());
            if (curve.hasValue()) {
                curves.put(prm, curve);
            } else {
                LOG.info(() -> "load-curve store " + mapping.name() + ", client " + clientId + ", prm '" + prm
                        + "': a series without any value, nothing written");
            }
        });
        if (curves.isEmpty()) {
            return Map.of();
        }
        LoadCurveTable table = table(store);
        lockWriters(store, clientId, curves.keySet());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        IdSequence ids = IdSequence.of(em, mapping.entity());
        Map<String, Integer> versions = new LinkedHashMap<>();
        List<LoadCurveTable.NewRow> inserts = new ArrayList<>();
        if (write.versioning()) {
            // Read under the lock: no other writer of these prms can add a version before this transaction ends. Every
            // curve of the call has the same attribute values, so a prm's versioning group is the prm and those values.
            Map<String, Integer> highest = maxVersions(table, clientId, curves.keySet(), onlyFields(attributes, write.versioningBy()),
                    OptionalInt.empty());
            curves.forEach((prm, curve) -> {
                int version = highest.getOrDefault(prm, -1) + 1;
                inserts.add(new LoadCurveTable.NewRow(ids.next(), prm, version, curve));
                versions.put(prm, version);
            });
        } else {
            Map<String, Integer> stored = maxVersions(table, clientId, curves.keySet(), attributes, OptionalInt.of(0));
            Map<String, IndexedSeries> replaced = new LinkedHashMap<>();
            curves.forEach((prm, curve) -> {
                if (stored.containsKey(prm)) {
                    replaced.put(prm, curve);
                } else {
                    inserts.add(new LoadCurveTable.NewRow(ids.next(), prm, 0, curve));
                }
                versions.put(prm, 0);
            });
            table.replaceAllVersionZero(clientId, attributes, replaced, now);
        }
        table.insertAll(clientId, attributes, inserts, now);
        LOG.fine(() -> "load-curve store " + mapping.name() + ", client " + clientId + ": wrote " + versions);
        return versions;
    }

    /**
     * Locks the writers of (client, prm) of every curve, whatever the write's versioningBy: every versioning group of
     * a prm lies within it, so two writes counting versions by different fields cannot pick one number either.
     */
    private void lockWriters(LoadCurveContext store, int clientId, Collection<String> prms) {
        List<SeriesKey> keys = prms.stream().map(prm -> SeriesKey.of(LoadCurveFields.CLIENT_ID, clientId, LoadCurveFields.PRM, prm)).toList();
        try {
            store.dialect.lockWriters(connection(), keys);
        } catch (SQLException e) {
            throw new ChunkStoreException("could not lock the writers of store " + mapping.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The highest version of each of {@code prms} that has a row of the client with these attribute values (and this
     * version, if given), one statement per {@value #PRM_BATCH} prms.
     */
    private static Map<String, Integer> maxVersions(LoadCurveTable table, int clientId, Collection<String> prms, SeriesKey attributes,
                                                    OptionalInt version) {
        List<String> all = new ArrayList<>(prms);
        Map<String, Integer> highest = new LinkedHashMap<>();
        for (int from = 0; from < all.size(); from += PRM_BATCH) {
            LoadCurveTable.Where where = table.where().client(clientId).prmIn(all.subList(from, Math.min(all.size(), from + PRM_BATCH)))
                    .attributes(attributes);
            version.ifPresent(where::version);
            highest.putAll(table.maxVersions(where));
        }
        return highest;
    }

    private static SeriesKey onlyFields(SeriesKey values, Collection<String> fields) {
        Map<String, Object> kept = new LinkedHashMap<>(values.fields());
        kept.keySet().retainAll(fields);
        return SeriesKey.of(kept);
    }

    // ---- reads ----

    @Override
    public List<LoadCurveEntry> getLc(String prm, int clientId) {
        return getLc(prm, clientId, LoadCurveQuery.combined());
    }

    @Override
    public List<LoadCurveEntry> getLc(String prm, int clientId, LoadCurveQuery query) {
        return getManyLc(List.of(checkPrm(prm)), clientId, query).get(prm);
    }

    @Override
    public Map<String, List<LoadCurveEntry>> getManyLc(Collection<String> prms, int clientId) {
        return getManyLc(prms, clientId, LoadCurveQuery.combined());
    }

    @Override
    public Map<String, List<LoadCurveEntry>> getManyLc(Collection<String> prms, int clientId, LoadCurveQuery query) {
        List<String> asked = checkPrms(prms);
        Map<String, List<LoadCurveEntry>> result = new LinkedHashMap<>();
        asked.forEach(prm -> result.put(prm, List.of()));
        read(asked, clientId, query, result::put);
        return result;
    }

    @Override
    public void forEachLc(int clientId, LoadCurveQuery query, Consumer<LoadCurveEntry> visitor) {
        InvalidArgumentException.requireNonNull(visitor, "visitor");
        read(null, clientId, query, (prm, entries) -> entries.forEach(visitor));
    }

    @Override
    public void forEachLc(Collection<String> prms, int clientId, LoadCurveQuery query, Consumer<LoadCurveEntry> visitor) {
        List<String> asked = checkPrms(prms);
        InvalidArgumentException.requireNonNull(visitor, "visitor");
        read(asked, clientId, query, (prm, entries) -> entries.forEach(visitor));
    }

    /**
     * Streams the curves of {@code prms} (null: every prm) of a client to {@code perPrm}, prm by prm in prm order,
     * one statement per batch of prms.
     */
    private void read(List<String> prms, int clientId, LoadCurveQuery query, BiConsumer<String, List<LoadCurveEntry>> perPrm) {
        LoadCurveContext store = context();
        LoadCurveQuery checked = checked(store, query);
        LoadCurveTable table = table(store);
        List<List<String>> batches = new ArrayList<>();
        if (prms == null) {
            batches.add(null);
        } else {
            List<String> sorted = new ArrayList<>(new TreeSet<>(prms));
            for (int from = 0; from < sorted.size(); from += PRM_BATCH) {
                batches.add(sorted.subList(from, Math.min(sorted.size(), from + PRM_BATCH)));
            }
        }
        for (List<String> batch : batches) {
            LoadCurveTable.Where where = table.where().client(clientId).attributes(checked.filters());
            if (batch != null) {
                where.prmIn(batch);
            }
            checked.version().ifPresent(where::version);
            LoadCurveCombination combination = new LoadCurveCombination(checked, perPrm);
            table.scan(where, checked.orderBy(), combination);
            combination.finish();
        }
    }

    // ---- counts and deletes ----

    @Override
    public long count(int clientId) {
        return count(clientId, SeriesKey.all());
    }

    @Override
    public long count(int clientId, SeriesKey filters) {
        LoadCurveContext store = context();
        LoadCurveTable table = table(store);
        return table.count(table.where().client(clientId).attributes(store.attributes.ofFilter(filters)));
    }

    @Override
    public int clear(Collection<String> prms, int clientId, SeriesKey filters) {
        return delete(prms, clientId, OptionalInt.empty(), filters);
    }

    @Override
    public int clearVersion(Collection<String> prms, int clientId, int version, SeriesKey filters) {
        if (version < 0) {
            throw new InvalidArgumentException("version", "cannot be negative (got " + version + ")");
        }
        return delete(prms, clientId, OptionalInt.of(version), filters);
    }

    private int delete(Collection<String> prms, int clientId, OptionalInt version, SeriesKey filters) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(checkPrms(prms)));
        LoadCurveContext store = context();
        SeriesKey validFilters = store.attributes.ofFilter(filters);
        LoadCurveTable table = table(store);
        int deleted = 0;
        for (int from = 0; from < sorted.size(); from += PRM_BATCH) {
            LoadCurveTable.Where where = table.where().client(clientId).prmIn(sorted.subList(from, Math.min(sorted.size(), from + PRM_BATCH)))
                    .attributes(validFilters);
            version.ifPresent(where::version);
            deleted += table.delete(where);
        }
        return deleted;
    }

    @Override
    public int clearAll(SeriesKey filters) {
        LoadCurveContext store = context();
        LoadCurveTable table = table(store);
        return table.delete(table.where().attributes(store.attributes.ofFilter(filters)));
    }

    @Override
    public int clearAll(int clientId, SeriesKey filters) {
        LoadCurveContext store = context();
        LoadCurveTable table = table(store);
        return table.delete(table.where().client(clientId).attributes(store.attributes.ofFilter(filters)));
    }

    // ---- missing data ----

    @Override
    public Map<String, List<TimeRange>> findHoles(int clientId, Instant from, Instant to, Duration freq) {
        return findHoles(clientId, from, to, freq, HoleSearch.everyPrm());
    }

    @Override
    public Map<String, List<TimeRange>> findHoles(int clientId, Instant from, Instant to, Duration freq, HoleSearch search) {
        TimeRange range = new TimeRange(from, to);
        checkFreq(freq);
        InvalidArgumentException.requireNonNull(search, "search");
        Map<String, List<TimeRange>> found = new LinkedHashMap<>();
        List<String> prms = search.prms().map(JpaLoadCurveStore::checkPrms).orElse(null);
        read(prms, clientId, search.reading(), (prm, entries) -> found.put(prm,
                LoadCurveGaps.holes(onlyEntry(clientId, prm, entries).series(), range.start(), range.end(), freq, search.freqMargin())));
        if (prms == null) {
            return found;
        }
        Map<String, List<TimeRange>> holes = new LinkedHashMap<>(); // in the order asked; nothing stored: one hole
        prms.forEach(prm -> holes.put(prm, found.getOrDefault(prm, List.of(range))));
        return holes;
    }

    @Override
    public MissingGroups findGroups(int clientId, Collection<String> prms, TimeRange range, Duration freq) {
        return findGroups(clientId, prms, range, freq, LoadCurveQuery.combined());
    }

    @Override
    public MissingGroups findGroups(int clientId, Collection<String> prms, TimeRange range, Duration freq, LoadCurveQuery query) {
        InvalidArgumentException.requireNonNull(range, "range");
        checkFreq(freq);
        HoleSearch.everyPrm().reading(query); // refuses a query that does not combine
        List<String> asked = checkPrms(prms);
        Map<String, List<TimeRange>> missingByPrm = new LinkedHashMap<>();
        Map<String, LoadCurveEntry> inRange = new LinkedHashMap<>();
        read(asked, clientId, query, (prm, entries) -> {
            LoadCurveEntry curve = onlyEntry(clientId, prm, entries);
            IndexedSeries cut = curve.series().slice(range.start(), range.end());
            missingByPrm.put(prm, LoadCurveGaps.missing(cut, range, freq));
            if (cut.hasValue()) {
                inRange.put(prm, curve.withSeries(cut));
            }
        });
        SortedMap<TimeRange, List<String>> groups = new TreeMap<>();
        Map<String, LoadCurveEntry> data = new LinkedHashMap<>();
        for (String prm : asked) {
            for (TimeRange missing : missingByPrm.getOrDefault(prm, List.of(range))) {
                groups.computeIfAbsent(missing, r -> new ArrayList<>()).add(prm);
            }
            if (inRange.containsKey(prm)) {
                data.put(prm, inRange.get(prm));
            }
        }
        return new MissingGroups(groups, data);
    }

    /** The one combined curve of a prm; several (a combinedBy beyond prm) is an error naming client and prm. */
    private LoadCurveEntry onlyEntry(int clientId, String prm, List<LoadCurveEntry> entries) {
        if (entries.size() > 1) {
            throw new AmbiguousSeriesException(mapping.name(), SeriesKey.of(LoadCurveFields.CLIENT_ID, clientId, LoadCurveFields.PRM, prm),
                    entries.size());
        }
        return entries.get(0);
    }

    // ---- checks and plumbing ----

    private static String checkPrm(String prm) {
        InvalidArgumentException.requireNonNull(prm, "prm");
        if (prm.isEmpty() || prm.length() > LoadCurve.PRM_LENGTH) {
            throw new InvalidArgumentException("prm", "must have 1 to " + LoadCurve.PRM_LENGTH + " characters (got " + prm.length()
                    + (prm.isEmpty() ? "" : ": '" + prm.substring(0, Math.min(prm.length(), 80)) + "'") + ")");
        }
        return prm;
    }

    /** The prms, checked, each once, in the order given. */
    private static List<String> checkPrms(Collection<String> prms) {
        InvalidArgumentException.requireNonNull(prms, "prms");
        return prms.stream().map(JpaLoadCurveStore::checkPrm).distinct().toList();
    }

    private static void checkFreq(Duration freq) {
        InvalidArgumentException.requireNonNull(freq, "freq");
        if (freq.toMillis() <= 0) {
            throw new InvalidArgumentException("freq", "must be at least one millisecond (got " + freq + ")");
        }
    }

    private static Map<String, Series> singleton(String prm, Series series) {
        Map<String, Series> one = new LinkedHashMap<>();
        one.put(prm, series);
        return one;
    }

    private LoadCurveContext context() {
        return LoadCurveContext.of(em, mapping, connection());
    }

    private LoadCurveTable table(LoadCurveContext store) {
        return new LoadCurveTable(store, connection());
    }

    private Connection connection() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new ChunkStoreException("store " + mapping.name() + ": operations must run inside a transaction");
        }
        return connection;
    }
}
