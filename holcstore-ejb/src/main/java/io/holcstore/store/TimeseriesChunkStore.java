package io.holcstore.store;

import io.holcstore.HolcStoreException;
import io.holcstore.codec.ChunkEncoding;
import io.holcstore.codec.CorruptChunkException;
import io.holcstore.grid.GridChunks;
import io.holcstore.grid.StoreGrid;
import io.holcstore.series.DenseSeries;
import io.holcstore.series.Series;
import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * The operations of one chunk store (SPEC 3.1) over an {@link EntityManager}: each call must run inside
 * a transaction that the caller rolls back when the call throws (the EJBs do both), so that a failed
 * call writes nothing. Bad input throws a {@link HolcStoreException} subtype naming the culprit.
 *
 * <p>Plain class, no container needed: the EJBs delegate to it, the benchmark and the tests use it
 * directly. Cheap to create; not thread-safe (as its EntityManager).
 */
public final class TimeseriesChunkStore {
    private static final Logger LOG = Logger.getLogger(TimeseriesChunkStore.class.getName());
    /** {@code lastUpdatedAt} of a store with nothing matching, as in the reference. */
    public static final Instant NEVER_UPDATED = Instant.parse("2000-01-01T00:00:00Z");
    /** Window bounds beyond these read as open: every chunk index lies between them, and zone arithmetic stays in range. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");
    /** Newly written chunks are encoded as float64, the only encoding so far. */
    private static final ChunkEncoding ENCODING = ChunkEncoding.FLOAT64;
    private static final byte[] EMPTY_BLOB = ENCODING.encode(new double[0]);

    private final EntityManager em;
    private final StoreDefinition store;
    private final StoreGrid grid;

    public TimeseriesChunkStore(EntityManager em, Class<? extends TimeseriesChunk> entity) {
        this.em = em;
        this.store = StoreDefinition.of(em, entity);
        this.grid = store.grid();
    }

    public StoreDefinition definition() {
        return store;
    }

    // ---- writes ----

    /** First write of a series; see {@link #setTs(SeriesKey, Series, WriteMode)} with {@link WriteMode#INSERT}. */
    public void setTs(SeriesKey key, Series series) {
        setTs(key, series, WriteMode.INSERT);
    }

    /**
     * Writes one series. The series is re-indexed onto the grid first, so an off-grid instant fails the
     * call before anything is written. All-NaN input stores nothing (except that REPLACE then tombstones
     * the whole stored series). Returns the number of chunk rows written.
     */
    public int setTs(SeriesKey key, Series series, WriteMode mode) {
        SeriesKey validKey = store.validate(key, true);
        if (mode == WriteMode.INSERT && store.sync()) {
            throw new OperationNotAllowedException("store " + store.name() + " has sync enabled: write with WriteMode.UPDATE "
                    + "or REPLACE, so that existing chunks are tracked for its clients");
        }
        NavigableMap<Integer, double[]> chunks = GridChunks.split(series, grid);
        if (chunks.isEmpty() && mode != WriteMode.REPLACE) {
            LOG.fine(() -> "store " + store.name() + ", " + validKey + ": nothing but NaN to write, nothing stored");
            return 0;
        }
        ChunkTable table = table();
        int dataFrom = chunks.isEmpty() ? 0 : chunks.firstKey();
        int dataTo = chunks.isEmpty() ? -1 : chunks.lastKey();
        Map<Integer, ChunkRow> stored = new HashMap<>();
        for (ChunkRow row : table.lockSeries(validKey, dataFrom, dataTo)) {
            stored.put(row.chunkIndex(), row);
        }
        if (mode == WriteMode.INSERT && stored.values().stream().anyMatch(row -> !row.deleted())) {
            throw new SeriesAlreadyExistsException(store.name(), validKey);
        }
        Instant now = now();
        try (ChunkRowWriter writer = table.writer(chunks.size())) {
            for (Map.Entry<Integer, double[]> chunk : chunks.entrySet()) {
                ChunkRow old = stored.remove(chunk.getKey());
                double[] values = chunk.getValue();
                if (old != null && !old.deleted() && mode == WriteMode.UPDATE) {
                    double[] before = decode(old);
                    values = combineFirst(values, before);
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

    /**
     * First write of many series, all or nothing: any series already stored is a
     * {@link SeriesAlreadyExistsException} and nothing is written. Refused on sync stores.
     * Returns the number of chunk rows written.
     */
    public int setManyTs(Map<SeriesKey, ? extends Series> seriesByKey) {
        if (store.sync()) {
            throw new OperationNotAllowedException("store " + store.name() + " has sync enabled: setManyTs is a plain insert; "
                    + "write each series with setTs(key, series, WriteMode.UPDATE)");
        }
        Map<SeriesKey, Series> valid = new LinkedHashMap<>();
        seriesByKey.forEach((key, series) -> {
            SeriesKey validKey = store.validate(key, true);
            if (valid.put(validKey, series) != null) {
                throw new InvalidKeyException("setManyTs got two series for " + validKey);
            }
        });
        ChunkTable table = table();
        Map<ChunkRef, ChunkRow> tombstones = new HashMap<>();
        for (ChunkRow row : table.lockRowsOf(valid.keySet())) {
            if (!row.deleted()) {
                throw new SeriesAlreadyExistsException(store.name(), row.key());
            }
            tombstones.put(row.ref(), row);
        }
        Instant now = now();
        int series = 0;
        int expectedChunks = valid.values().stream().mapToInt(s -> GridChunks.chunkCountBound(s, grid)).sum();
        try (ChunkRowWriter writer = table.writer(expectedChunks)) {
            for (Map.Entry<SeriesKey, Series> entry : valid.entrySet()) {
                for (Map.Entry<Integer, double[]> chunk : GridChunks.split(entry.getValue(), grid).entrySet()) {
                    ChunkRow old = tombstones.get(new ChunkRef(entry.getKey(), chunk.getKey()));
                    write(writer, entry.getKey(), chunk.getKey(), chunk.getValue(), old, now);
                }
                if (++series % 100 == 0) {
                    int done = series;
                    LOG.fine(() -> "store " + store.name() + ": setManyTs wrote " + done + "/" + valid.size() + " series");
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

    /** {@code fresh} where it has a value, {@code stored} elsewhere; both span the same chunk. */
    private static double[] combineFirst(double[] fresh, double[] stored) {
        double[] merged = fresh.clone();
        for (int i = 0; i < merged.length; i++) {
            if (Double.isNaN(merged[i])) {
                merged[i] = stored[i];
            }
        }
        return merged;
    }

    /**
     * Deletes the series matching a filter (every series for the empty filter). With
     * {@code keepTracking} their chunks become tombstones, which sync clients pull; without, the rows are
     * removed, which sync stores refuse. Returns the number of chunk rows affected.
     */
    public int delete(SeriesKey filter, boolean keepTracking) {
        SeriesKey validFilter = store.validate(filter, false);
        if (!keepTracking && store.sync()) {
            throw new OperationNotAllowedException("store " + store.name() + " has sync enabled: delete with keepTracking = true, "
                    + "so that its clients learn of the deletion");
        }
        ChunkTable table = table();
        int count = keepTracking
                ? table.tombstone(validFilter, now(), ENCODING.dtype(), EMPTY_BLOB)
                : table.remove(validFilter);
        LOG.fine(() -> "store " + store.name() + ": deleted " + count + " chunks of " + validFilter + (keepTracking ? " (tombstones)" : ""));
        return count;
    }

    // ---- reads ----

    /** The whole series, NaN bounds trimmed; empty if none is stored. */
    public DenseSeries getTs(SeriesKey key) {
        return getTs(key, null, null, true);
    }

    /** The series within {@code [start, end]} (either may be null: open), NaN bounds trimmed. */
    public DenseSeries getTs(SeriesKey key, Instant start, Instant end) {
        return getTs(key, start, end, true);
    }

    /**
     * The series within {@code [start, end]} (inclusive; null is open), rendered in the store zone,
     * with leading and trailing NaN trimmed if {@code dropBoundsNa}; an empty series if none is stored.
     */
    public DenseSeries getTs(SeriesKey key, Instant start, Instant end, boolean dropBoundsNa) {
        SeriesKey validKey = store.validate(key, true);
        Window window = new Window(start, end);
        try (ChunkTable.Cursor cursor = table().liveChunks(validKey, window.fromIndex, window.toIndex, false)) {
            NavigableMap<Integer, ChunkRow> chunks = new TreeMap<>();
            for (ChunkRow row = cursor.next(); row != null; row = cursor.next()) {
                chunks.put(row.chunkIndex(), row);
            }
            return window.cut(chunks, dropBoundsNa);
        }
    }

    /**
     * Every series matching a partial filter, ordered by key (fields in name order), each within the
     * window. Holds one series in memory at a time. The stream reads the database as it is consumed:
     * consume and close it inside the transaction.
     */
    public Stream<KeyedSeries> yieldManyTs(SeriesKey filter, Instant start, Instant end, boolean dropBoundsNa) {
        SeriesKey validFilter = store.validate(filter, false);
        Window window = new Window(start, end);
        ChunkTable.Cursor cursor = table().liveChunks(validFilter, window.fromIndex, window.toIndex, false);
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
                    DenseSeries cut = window.cut(chunks, dropBoundsNa);
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

    /** {@link #yieldManyTs(SeriesKey, Instant, Instant, boolean)} over the whole time range, NaN bounds trimmed. */
    public Stream<KeyedSeries> yieldManyTs(SeriesKey filter) {
        return yieldManyTs(filter, null, null, true);
    }

    /** The latest instant holding a value among the series matching the filter; empty if none. */
    public Optional<Instant> getMaxHorodate(SeriesKey filter) {
        SeriesKey validFilter = store.validate(filter, false);
        Instant latest = null;
        // Newest chunks first: once a value is found, older chunks cannot hold a later one.
        try (ChunkTable.Cursor cursor = table().liveChunks(validFilter, Integer.MIN_VALUE, Integer.MAX_VALUE, true)) {
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

    /** The newest {@code updated_at} among chunks (tombstones included) matching the filter; 2000-01-01 if none. */
    public Instant lastUpdatedAt(SeriesKey filter) {
        SeriesKey validFilter = store.validate(filter, false);
        return table().maxUpdatedAt(validFilter).orElse(NEVER_UPDATED);
    }

    // ---- sync primitives ----

    /** Chunks changed at or after {@code since} (inclusive) matching the filter, ordered by (updated_at, id). */
    public List<ChunkUpdate> listUpdates(Instant since, SeriesKey filter, int limit, long offset) {
        requireSync("listUpdates");
        if (limit <= 0 || offset < 0) {
            throw new IllegalArgumentException("listUpdates needs limit > 0 and offset >= 0, got limit " + limit + ", offset " + offset);
        }
        return table().updates(since, store.validate(filter, false), limit, offset);
    }

    /** How many chunks {@link #listUpdates} would list without limit and offset. */
    public long countUpdates(Instant since, SeriesKey filter) {
        requireSync("countUpdates");
        return table().countUpdates(since, store.validate(filter, false));
    }

    /** The stored chunks named, in the order named, blobs as stored; a chunk not stored is a {@link ChunkNotFoundException}. */
    public List<ChunkTransfer> exportChunks(List<ChunkRef> refs) {
        requireSync("exportChunks");
        List<ChunkRef> valid = refs.stream().map(r -> new ChunkRef(store.validate(r.key(), true), r.chunkIndex())).toList();
        Map<ChunkRef, ChunkRow> rows = table().fetch(valid, true, false);
        List<ChunkTransfer> chunks = new ArrayList<>(valid.size());
        for (ChunkRef ref : valid) {
            ChunkRow row = rows.get(ref);
            if (row == null) {
                throw new ChunkNotFoundException(store.name(), ref);
            }
            chunks.add(new ChunkTransfer(ref, row.dtype(), row.startTs(), row.updatedAt(), row.deleted(), row.data()));
        }
        return chunks;
    }

    /**
     * Stores chunks exported by another store of the same definition, keeping their {@code updated_at}:
     * each one inserted, or written over the stored chunk of the same key and index. Every chunk is
     * checked (key, start on this grid, blob decodable to the chunk's length): a bad one fails the call,
     * so that the caller's rollback leaves nothing of it imported. Returns the number of chunks imported.
     */
    public int importChunks(List<ChunkTransfer> chunks) {
        requireSync("importChunks");
        Map<ChunkRef, ChunkTransfer> valid = new LinkedHashMap<>();
        for (ChunkTransfer chunk : chunks) {
            ChunkTransfer checked = checkPlacement(chunk);
            if (valid.put(checked.ref(), checked) != null) {
                throw new InvalidChunkException("import holds chunk " + checked.ref().chunkIndex() + " of " + checked.ref().key() + " twice", null);
            }
        }
        ChunkTable table = table();
        Map<ChunkRef, ChunkRow> stored = table.fetch(List.copyOf(valid.keySet()), false, true);
        // Blobs are checked as they are written, so that the server stores one while the next is decoded.
        try (ChunkRowWriter writer = table.writer(valid.size() - stored.size())) {
            for (ChunkTransfer chunk : valid.values()) {
                checkBlob(chunk);
                ChunkRow old = stored.get(chunk.ref());
                ChunkRow row = new ChunkRow(old == null ? null : old.id(), chunk.ref().key(), chunk.ref().chunkIndex(),
                        chunk.dtype(), chunk.startTs(), chunk.updatedAt(), chunk.deleted(), chunk.data());
                if (old == null) {
                    writer.insert(row);
                } else {
                    writer.update(row);
                }
            }
            return writer.written();
        }
    }

    /** The chunk with its key validated, if it starts where its chunk starts on this store's grid. */
    private ChunkTransfer checkPlacement(ChunkTransfer chunk) {
        ChunkRef ref = new ChunkRef(store.validate(chunk.ref().key(), true), chunk.ref().chunkIndex());
        Instant expectedStart = grid.chunkStart(ref.chunkIndex());
        if (!chunk.startTs().equals(expectedStart)) {
            throw new InvalidChunkException(importedChunk(ref) + " starts at " + chunk.startTs() + ", but that chunk starts at "
                    + expectedStart + " on this store's grid (" + grid + ")", null);
        }
        return new ChunkTransfer(ref, chunk.dtype(), chunk.startTs(), chunk.updatedAt(), chunk.deleted(), chunk.data());
    }

    /** Fails unless the chunk's blob decodes, with its dtype, to the chunk's length (none for a tombstone). */
    private void checkBlob(ChunkTransfer chunk) {
        ChunkRef ref = chunk.ref();
        try {
            double[] values = ChunkEncoding.forDtype(chunk.dtype()).decode(chunk.data());
            int expected = chunk.deleted() ? 0 : grid.chunkLength(ref.chunkIndex());
            if (values.length != expected) {
                throw new InvalidChunkException(importedChunk(ref) + " holds " + values.length + " values where "
                        + (chunk.deleted() ? "a tombstone holds none" : "the chunk has " + expected + " grid points"), null);
            }
        } catch (HolcStoreException e) {
            if (e instanceof InvalidChunkException) {
                throw e;
            }
            throw new InvalidChunkException(importedChunk(ref) + ": " + e.getMessage(), e);
        }
    }

    private static String importedChunk(ChunkRef ref) {
        return "imported chunk " + ref.chunkIndex() + " of " + ref.key();
    }

    // ---- helpers ----

    private void requireSync(String operation) {
        if (!store.sync()) {
            throw new OperationNotAllowedException("store " + store.name() + " does not have sync enabled, so it refuses " + operation);
        }
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
        return "store " + store.name() + ", row id " + row.id() + " (chunk " + row.chunkIndex()
                + (row.key() == null ? "" : " of " + row.key()) + ")";
    }

    private ChunkTable table() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("store " + store.name() + ": operations must run inside a transaction");
        }
        store.prepareTable(connection);
        return new ChunkTable(store, connection);
    }

    /** Microseconds, as PostgreSQL keeps them: what is returned equals what is stored. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** A read window: its chunk index range, and how to cut the joined chunks to it. */
    private final class Window {
        private final Instant start;
        private final Instant end;
        private final int fromIndex;
        private final int toIndex;

        Window(Instant start, Instant end) {
            if (start != null && end != null && start.isAfter(end)) {
                throw new InvalidWindowException(start, end);
            }
            this.start = start;
            this.end = end;
            this.fromIndex = start == null || start.isBefore(EARLIEST) ? Integer.MIN_VALUE : grid.chunkIndexOf(start);
            this.toIndex = end == null || end.isAfter(LATEST) ? Integer.MAX_VALUE : grid.chunkIndexOf(end);
        }

        /** The stored chunks joined (each decoded straight into the result), cut to the window. */
        DenseSeries cut(NavigableMap<Integer, ChunkRow> chunks, boolean dropBoundsNa) {
            if (chunks.isEmpty()) {
                return DenseSeries.empty(start == null ? Instant.EPOCH : start, grid.step(), grid.zone());
            }
            DenseSeries series = GridChunks.join(chunks, grid, TimeseriesChunkStore.this::decodeInto).slice(start, end);
            return dropBoundsNa ? series.trimNaN() : series;
        }
    }
}
