package io.holcstore.store.jdbc;

import io.holcstore.store.dialect.ChunkRow;
import io.holcstore.HolcStoreException;
import io.holcstore.codec.ChunkEncoding;
import io.holcstore.codec.CorruptChunkException;
import io.holcstore.grid.GridChunks;
import io.holcstore.grid.StoreGrid;
import io.holcstore.mapping.KeyField;
import io.holcstore.mapping.StoreMapping;
import io.holcstore.mapping.PullTarget;
import io.holcstore.mapping.StoreSettings;
import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.series.DenseSeries;
import io.holcstore.series.Series;
import io.holcstore.series.SeriesArrays;
import io.holcstore.store.ChunkNotFoundException;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkStoreException;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.KeyLookup;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.KeyedSeries;
import io.holcstore.store.OperationNotAllowedException;
import io.holcstore.store.PullPosition;
import io.holcstore.store.ReadOnlyStoreException;
import io.holcstore.store.SeriesAlreadyExistsException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesChunkStore;
import io.holcstore.store.UpdatePosition;
import io.holcstore.store.UpdatesListing;
import io.holcstore.store.WriteMode;
import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The chunk store over an {@link EntityManager}, in the caller's transaction: plain class, no container
 * needed. The EJB face delegates to it; the benchmark and the tests use it directly. Cheap to create
 * (what it learns of a store is kept with the persistence unit); not thread-safe, as its EntityManager.
 * The contract of each operation is on {@link TimeseriesChunkStore}.
 */
public final class JpaTimeseriesChunkStore implements TimeseriesChunkStore {
    private static final Logger LOG = Logger.getLogger(JpaTimeseriesChunkStore.class.getName());
    /** Newly written chunks are encoded as float64, the only encoding so far. */
    private static final ChunkEncoding ENCODING = ChunkEncoding.FLOAT64;
    private static final byte[] EMPTY_BLOB = ENCODING.encode(new double[0]);
    /** {@code lastUpdatedAt} of a store with nothing matching, in the store zone, as in the reference. */
    private static final LocalDate NEVER_UPDATED = LocalDate.of(2000, 1, 1);

    private final EntityManager em;
    private final StoreMapping mapping;
    private final StoreGrid grid;
    /** Whether the entity is a {@link PullTarget}, which refuses local writes. */
    private final boolean pullTarget;

    public JpaTimeseriesChunkStore(EntityManager em, Class<? extends TimeseriesChunk> entity) {
        this.em = InvalidArgumentException.requireNonNull(em, "em");
        this.mapping = StoreMapping.of(em, InvalidArgumentException.requireNonNull(entity, "entity"));
        this.grid = mapping.grid();
        this.pullTarget = entity.isAnnotationPresent(PullTarget.class);
    }

    /** What this store's entity declares. */
    public StoreMapping mapping() {
        return mapping;
    }

    @Override
    public StoreSettings settings() {
        return mapping.settings();
    }

    @Override
    public List<String> keyFields() {
        return mapping.keys().stream().map(KeyField::name).toList();
    }

    @Override
    public SeriesKey checkFilter(SeriesKey filter) {
        return context().keys.filter(filter);
    }

    // ---- writes ----

    @Override
    public void setTs(SeriesKey key, Series series) {
        setTs(key, series, WriteMode.INSERT);
    }

    @Override
    public int setTs(SeriesKey key, Series series, WriteMode mode) {
        refuseOnPullTarget("setTs");
        StoreContext store = context();
        SeriesKey validKey = store.keys.seriesKey(key, "key");
        InvalidArgumentException.requireNonNull(series, "series");
        InvalidArgumentException.requireNonNull(mode, "mode");
        if (mode == WriteMode.INSERT && mapping.sync()) {
            throw new OperationNotAllowedException("store " + mapping.name() + " has sync enabled: write with WriteMode.UPDATE "
                    + "or REPLACE, so that existing chunks are tracked for its clients");
        }
        NavigableMap<Integer, double[]> chunks = GridChunks.split(series, grid);
        if (chunks.isEmpty()) {
            // An upstream outage sending NaN must not wipe a series: removing one is delete's job.
            LOG.info(() -> "store " + mapping.name() + ", " + validKey + ": " + mode + " of nothing but NaN, nothing written");
            return 0;
        }
        ChunkTable table = table(store);
        Map<Integer, ChunkRow> stored = new HashMap<>();
        for (ChunkRow row : table.lockSeries(validKey, chunks.firstKey(), chunks.lastKey())) {
            stored.put(row.chunkIndex(), row);
        }
        if (mode == WriteMode.INSERT && stored.values().stream().anyMatch(row -> !row.deleted())) {
            throw new SeriesAlreadyExistsException(mapping.name(), validKey);
        }
        Instant now = table.stamp();
        try (ChunkRowWriter writer = table.writer(chunks.size())) {
            for (Map.Entry<Integer, double[]> chunk : chunks.entrySet()) {
                ChunkRow old = stored.remove(chunk.getKey());
                double[] values = chunk.getValue();
                if (old != null && !old.deleted() && mode == WriteMode.UPDATE) {
                    double[] before = decode(old);
                    values = SeriesArrays.combineFirst(values, before);
                    if (Arrays.equals(values, before)) {
                        continue; // nothing new: keep updated_at, so clients do not fetch it again
                    }
                }
                write(writer, validKey, chunk.getKey(), values, old, now);
            }
            if (mode == WriteMode.REPLACE) {
                for (ChunkRow old : stored.values()) {
                    if (!old.deleted()) {
                        writer.update(old.rewrite(old.dtype(), old.startTs(), now, true, EMPTY_BLOB));
                    }
                }
            }
            return writer.written();
        }
    }

    @Override
    public int setManyTs(Map<SeriesKey, ? extends Series> seriesByKey) {
        refuseOnPullTarget("setManyTs");
        StoreContext store = context();
        InvalidArgumentException.requireNonNull(seriesByKey, "seriesByKey");
        if (mapping.sync()) {
            throw new OperationNotAllowedException("store " + mapping.name() + " has sync enabled: setManyTs is a plain insert; "
                    + "write each series with setTs(key, series, WriteMode.UPDATE)");
        }
        Map<SeriesKey, Series> valid = new LinkedHashMap<>();
        seriesByKey.forEach((key, series) -> {
            SeriesKey validKey = store.keys.seriesKey(key, "key of seriesByKey");
            if (valid.put(validKey, InvalidArgumentException.requireNonNull(series, "series of " + validKey)) != null) {
                throw new InvalidKeyException("setManyTs got two series for " + validKey);
            }
        });
        int expectedChunks = valid.values().stream().mapToInt(s -> GridChunks.chunkCountBound(s, grid)).sum();
        ChunkTable table = table(store);
        Map<ChunkRef, ChunkRow> tombstones = new HashMap<>();
        for (ChunkRow row : table.lockRowsOf(valid.keySet())) {
            if (!row.deleted()) {
                throw new SeriesAlreadyExistsException(mapping.name(), row.key());
            }
            tombstones.put(row.ref(), row);
        }
        Instant now = table.stamp();
        int series = 0;
        try (ChunkRowWriter writer = table.writer(expectedChunks)) {
            for (Map.Entry<SeriesKey, Series> entry : valid.entrySet()) {
                for (Map.Entry<Integer, double[]> chunk : GridChunks.split(entry.getValue(), grid).entrySet()) {
                    ChunkRow old = tombstones.get(new ChunkRef(entry.getKey(), chunk.getKey()));
                    write(writer, entry.getKey(), chunk.getKey(), chunk.getValue(), old, now);
                }
                if (++series % 1000 == 0) {
                    int done = series;
                    LOG.fine(() -> "store " + mapping.name() + ": setManyTs wrote " + done + "/" + valid.size() + " series");
                }
            }
            return writer.written();
        }
    }

    /** Inserts the chunk, or rewrites the row it replaces (a live chunk or a tombstone, which is revived). */
    private void write(ChunkRowWriter writer, SeriesKey key, int chunkIndex, double[] values, ChunkRow old, Instant now) {
        byte[] blob = ENCODING.encode(values);
        Instant start = grid.chunkStart(chunkIndex);
        if (old == null) {
            writer.insert(new ChunkRow(null, key, chunkIndex, ENCODING.dtype(), start, now, false, blob));
        } else {
            writer.update(old.rewrite(ENCODING.dtype(), start, now, false, blob));
        }
    }

    @Override
    public int delete(SeriesKey filter, boolean keepTracking) {
        refuseOnPullTarget("delete");
        StoreContext store = context();
        SeriesKey validFilter = store.keys.filter(filter);
        if (!keepTracking && mapping.sync()) {
            throw new OperationNotAllowedException("store " + mapping.name() + " has sync enabled: delete with keepTracking = true, "
                    + "so that its clients learn of the deletion");
        }
        ChunkTable table = table(store);
        // Wait for writers of these series: a chunk one of them is inserting would otherwise stay live.
        if (store.keys.namesOneSeries(validFilter)) {
            table.lockSeriesKeys(List.of(validFilter));
        } else {
            table.lockAllSeries();
        }
        int count = keepTracking
                ? table.tombstone(validFilter, table.stamp(), ENCODING.dtype(), EMPTY_BLOB)
                : table.remove(validFilter);
        LOG.fine(() -> "store " + mapping.name() + ": deleted " + count + " chunks of " + validFilter + (keepTracking ? " (tombstones)" : ""));
        return count;
    }

    // ---- reads ----

    @Override
    public DenseSeries getTs(SeriesKey key) {
        return getTs(key, null, null, true);
    }

    @Override
    public DenseSeries getTs(SeriesKey key, Instant start, Instant end) {
        return getTs(key, start, end, true);
    }

    @Override
    public DenseSeries getTs(SeriesKey key, Instant start, Instant end, boolean dropBoundsNa) {
        StoreContext store = context();
        SeriesKey validKey = store.keys.seriesKey(key, "key");
        ReadWindow window = new ReadWindow(grid, start, end);
        if (window.isEmpty()) {
            return window.emptySeries();
        }
        try (ChunkTable.Cursor cursor = table(store).liveChunksByKey(validKey, window.fromIndex, window.toIndex)) {
            NavigableMap<Integer, ChunkRow> chunks = new TreeMap<>();
            for (ChunkRow row = cursor.next(); row != null; row = cursor.next()) {
                chunks.put(row.chunkIndex(), row);
            }
            return window.cut(chunks, this::decodeInto, dropBoundsNa);
        }
    }

    @Override
    public long yieldManyTs(SeriesKey filter, Instant start, Instant end, boolean dropBoundsNa, Consumer<KeyedSeries> consumer) {
        InvalidArgumentException.requireNonNull(consumer, "consumer");
        long[] count = {0};
        try (Stream<KeyedSeries> series = streamManyTs(filter, start, end, dropBoundsNa)) {
            series.forEach(keyed -> {
                consumer.accept(keyed);
                count[0]++;
            });
        }
        return count[0];
    }

    /**
     * {@link #yieldManyTs} as a stream, which reads the database as it is consumed: consume and close it
     * inside the transaction.
     */
    public Stream<KeyedSeries> streamManyTs(SeriesKey filter, Instant start, Instant end, boolean dropBoundsNa) {
        StoreContext store = context();
        SeriesKey validFilter = store.keys.filter(filter);
        ReadWindow window = new ReadWindow(grid, start, end);
        if (window.isEmpty()) {
            return Stream.empty();
        }
        ChunkTable.Cursor cursor = table(store).liveChunksByKey(validFilter, window.fromIndex, window.toIndex);
        Spliterator<KeyedSeries> series = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private ChunkRow pending = cursor.next();

            @Override
            public boolean tryAdvance(Consumer<? super KeyedSeries> action) {
                while (pending != null) {
                    SeriesKey key = pending.key();
                    NavigableMap<Integer, ChunkRow> chunks = new TreeMap<>();
                    while (pending != null && pending.key().equals(key)) {
                        chunks.put(pending.chunkIndex(), pending);
                        pending = cursor.next();
                    }
                    DenseSeries cut = window.cut(chunks, JpaTimeseriesChunkStore.this::decodeInto, dropBoundsNa);
                    if (!cut.isEmpty()) {
                        action.accept(new KeyedSeries(key, cut));
                        return true;
                    }
                }
                return false;
            }
        };
        return StreamSupport.stream(series, false).onClose(cursor::close);
    }

    @Override
    public Optional<Instant> getMaxHorodate(SeriesKey filter) {
        StoreContext store = context();
        SeriesKey validFilter = store.keys.filter(filter);
        Instant latest = null;
        // Newest chunks first: once a value is found, older chunks cannot hold a later one.
        try (ChunkTable.Cursor cursor = table(store).liveChunksNewestFirst(validFilter)) {
            int foundIn = Integer.MIN_VALUE;
            for (ChunkRow row = cursor.next(); row != null && row.chunkIndex() >= foundIn; row = cursor.next()) {
                double[] values = decode(row);
                int last = values.length - 1;
                while (last >= 0 && Double.isNaN(values[last])) {
                    last--;
                }
                if (last >= 0) {
                    Instant instant = grid.chunkStart(row.chunkIndex()).plusSeconds(last * grid.stepSeconds());
                    if (latest == null || instant.isAfter(latest)) {
                        latest = instant;
                    }
                    foundIn = row.chunkIndex();
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    @Override
    public Instant lastUpdatedAt(SeriesKey filter) {
        StoreContext store = context();
        SeriesKey validFilter = store.keys.filter(filter);
        return table(store).maxUpdatedAt(validFilter).orElseGet(() -> NEVER_UPDATED.atStartOfDay(grid.zone()).toInstant());
    }

    // ---- sync primitives ----

    @Override
    public UpdatesListing listUpdates(Instant since, SeriesKey filter, int limit, UpdatePosition after) {
        return listUpdates(since, filter, List.of(), limit, after, 0);
    }

    @Override
    public UpdatesListing listUpdates(Instant since, SeriesKey filter, int limit, long offset) {
        return listUpdates(since, filter, List.of(), limit, null, offset);
    }

    @Override
    public UpdatesListing listUpdates(Instant since, SeriesKey filter, List<KeyLookup> lookups, int limit,
                                      UpdatePosition after, long offset) {
        if (offset < 0 || after != null && offset != 0) {
            throw new InvalidArgumentException("offset", "must be at least 0, and 0 after a position, got " + offset);
        }
        StoreContext store = requireSync("listUpdates");
        return table(store).updates(ListingArguments.since(since), store.keys.filter(filter), store.keys.lookups(lookups),
                ListingArguments.limit(limit), ListingArguments.after(after), offset);
    }

    @Override
    public List<ChunkTransfer> exportChunks(List<ChunkRef> refs) {
        StoreContext store = requireSync("exportChunks");
        List<ChunkRef> valid = InvalidArgumentException.requireNonNull(refs, "refs").stream()
                .map(r -> new ChunkRef(store.keys.seriesKey(InvalidArgumentException.requireNonNull(r, "chunk reference").key(),
                        "key of a chunk reference"), r.chunkIndex()))
                .toList();
        Map<ChunkRef, ChunkRow> rows = table(store).fetchWithData(valid);
        List<ChunkTransfer> chunks = new ArrayList<>(valid.size());
        for (ChunkRef ref : valid) {
            ChunkRow row = rows.get(ref);
            if (row == null) {
                throw new ChunkNotFoundException(mapping.name(), ref);
            }
            chunks.add(new ChunkTransfer(ref, row.dtype(), row.startTs(), row.updatedAt(), row.deleted(), row.data()));
        }
        return chunks;
    }

    @Override
    public int importChunks(List<ChunkTransfer> chunks) {
        StoreContext store = requireSync("importChunks");
        return new ChunkImport(mapping.name(), grid, store.keys, InvalidArgumentException.requireNonNull(chunks, "chunks"))
                .writeInto(table(store));
    }

    @Override
    public int importChunks(List<ChunkTransfer> chunks, PullPosition advanceTo) {
        StoreContext store = requireSync("importChunks");
        SeriesKey filter = store.keys.filter(InvalidArgumentException.requireNonNull(advanceTo, "advanceTo").filter());
        int imported = new ChunkImport(mapping.name(), grid, store.keys, InvalidArgumentException.requireNonNull(chunks, "chunks"))
                .writeInto(table(store));
        positions(store).advance(advanceTo.upstream(), filter, advanceTo.upstreamUpdatedAt());
        return imported;
    }

    @Override
    public Optional<Instant> pullPosition(String upstream, SeriesKey filter) {
        StoreContext store = requireSync("pullPosition");
        return positions(store).position(PullPosition.requireUpstream(upstream), store.keys.filter(filter));
    }

    @Override
    public Instant pullStart(String upstream, SeriesKey filter) {
        StoreContext store = requireSync("pullStart");
        SeriesKey validFilter = store.keys.filter(filter);
        return positions(store)
                .start(PullPosition.requireUpstream(upstream), validFilter, () -> table(store).maxUpstreamUpdatedAt(validFilter))
                .orElseGet(() -> NEVER_UPDATED.atStartOfDay(grid.zone()).toInstant());
    }

    // ---- helpers ----

    private StoreContext requireSync(String operation) {
        if (!mapping.sync()) {
            throw new OperationNotAllowedException("store " + mapping.name() + " does not have sync enabled, so it refuses " + operation);
        }
        return context();
    }

    /** The values of a stored chunk; a bad dtype or blob is an error naming the row. */
    private double[] decode(ChunkRow row) {
        double[] values;
        try {
            values = ChunkEncoding.forDtype(row.dtype()).decode(row.data());
        } catch (HolcStoreException e) {
            throw new CorruptChunkException(describe(row) + ": " + e.getMessage(), e);
        }
        int expected = grid.chunkLength(row.chunkIndex());
        if (values.length != expected) {
            throw new CorruptChunkException(describe(row) + ": holds " + values.length + " values, the chunk has " + expected + " grid points");
        }
        return values;
    }

    /** Decodes a stored chunk into its place in a joined series; a bad dtype or blob is an error naming the row. */
    private void decodeInto(ChunkRow row, int chunkIndex, double[] target, int offset, int length) {
        try {
            ChunkEncoding.forDtype(row.dtype()).decodeInto(row.data(), target, offset, length);
        } catch (HolcStoreException e) {
            throw new CorruptChunkException(describe(row) + ": " + e.getMessage(), e);
        }
    }

    /** Names a stored row in error messages (built only on error: reads decode thousands of chunks). */
    private String describe(ChunkRow row) {
        return "store " + mapping.name() + ", row id " + row.id() + " (chunk " + row.chunkIndex()
                + (row.key() == null ? "" : " of " + row.key()) + ")";
    }

    private StoreContext context() {
        return StoreContext.of(em, mapping, connection());
    }

    private Connection connection() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new ChunkStoreException("store " + mapping.name() + ": operations must run inside a transaction");
        }
        return connection;
    }

    private PullPositions positions(StoreContext store) {
        return new PullPositions(store.sql, connection());
    }

    /** Refuses a local write on a pull target, before anything is read or written. */
    private void refuseOnPullTarget(String operation) {
        if (pullTarget) {
            throw new ReadOnlyStoreException(mapping.name(), operation);
        }
    }

    private ChunkTable table(StoreContext store) {
        return new ChunkTable(store.sql, store.dialect, connection());
    }
}
