package io.holcstore.bench;

import io.holcstore.series.DenseSeries;
import io.holcstore.store.KeyedSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.WriteMode;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Times the store's own operations on a workload, called as an application would: {@link
 * io.holcstore.store.jdbc.JpaTimeseriesChunkStore} over an EntityManager, inside transactions.
 */
public final class StoreFigures {
    private final Database db;
    private final Workload workload;
    private final SeriesGenerator generator;
    private final int insertBatch;
    private final String table;
    private final HeapPeak heap = new HeapPeak();
    private long peakHeap;
    private long heapAfterGc;

    public StoreFigures(Database db, Workload workload, SeriesGenerator generator, int insertBatch) {
        this.db = db;
        this.workload = workload;
        this.generator = generator;
        this.insertBatch = insertBatch;
        this.table = db.table(workload.store());
    }

    public String table() {
        return table;
    }

    /**
     * Writes every series into the emptied store with setManyTs, in calls of {@code insertBatch} series
     * within ONE transaction: one map of all month_heavy series would be 840 MB of doubles. Returns the
     * seconds spent in the store calls and the commit, generation left out.
     */
    public double insert() {
        db.truncate(table);
        Stopwatch watch = Stopwatch.started();
        db.inTransaction(workload.store(), store -> {
            for (Map<SeriesKey, DenseSeries> batch : watch.excluding(generator.batches(insertBatch))) {
                store.setManyTs(batch);
            }
            return null;
        });
        return watch.seconds();
    }

    /** Fills the store (untimed) unless it already holds exactly the workload, as a run reusing kept tables finds it. */
    public void ensureFilled() {
        if (db.rowCount(table) != workload.totalChunks()) {
            insert();
        }
    }

    /** getTs of each series, one transaction per call as an EJB runs it. */
    public double getAll() {
        Checksum checksum = new Checksum();
        List<SeriesKey> keys = IntStream.range(0, workload.seriesCount()).mapToObj(workload::key).toList();
        long start = System.nanoTime();
        for (SeriesKey key : keys) {
            DenseSeries series = db.inTransaction(workload.store(), store -> store.getTs(key));
            checksum.add(series);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        checksum.expect(workload.totalPoints(), "get_all");
        return seconds;
    }

    /** yieldManyTs of every series in one transaction, each series consumed. */
    public double yieldAll() {
        long start = System.nanoTime();
        yieldEverything();
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * One more yieldManyTs of everything, untimed, for its heap use (see {@link #peakHeapBytes()}): the
     * measure starts with a full collection, which made the timed run after it up to 1.8 times slower on
     * year_light (the young generation then had to grow back).
     */
    public void measureYieldHeap() {
        heap.reset();
        yieldEverything();
        peakHeap = Math.max(peakHeap, heap.peakBytes());
        heapAfterGc = Math.max(heapAfterGc, heap.afterGcBytes());
    }

    private void yieldEverything() {
        Checksum checksum = new Checksum();
        db.inTransaction(workload.store(), store -> {
            store.yieldManyTs(SeriesKey.all(), null, null, true, keyed -> checksum.add(keyed.series()));
            return null;
        });
        checksum.expect(workload.totalPoints(), "yield_all");
    }

    /** The highest heap peak of the {@link #measureYieldHeap()} runs so far, garbage included; see {@link HeapPeak}. */
    public long peakHeapBytes() {
        return peakHeap;
    }

    /** The most heap left after a collection during the {@link #measureYieldHeap()} runs so far; see {@link HeapPeak}. */
    public long heapAfterGcBytes() {
        return heapAfterGc;
    }

    /**
     * Fills the sync source as a sync application writes, setTs with {@link WriteMode#UPDATE} (sync stores
     * refuse setManyTs) for each series, all in ONE transaction as {@link #insert()} is, so that the two
     * compare store work rather than commits. Returns the seconds spent in the store calls and the commit.
     */
    public double fillSyncSource() {
        db.truncate(db.table(workload.syncSource()));
        Stopwatch watch = Stopwatch.started();
        db.inTransaction(workload.syncSource(), store -> {
            for (KeyedSeries keyed : watch.excluding(generator.all())) {
                store.setTs(keyed.key(), keyed.series(), WriteMode.UPDATE);
            }
            return null;
        });
        return watch.seconds();
    }
}
