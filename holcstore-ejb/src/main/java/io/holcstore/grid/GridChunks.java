package io.holcstore.grid;

import io.holcstore.series.DuplicateTimestampException;
import io.holcstore.series.DenseSeries;
import io.holcstore.series.IrregularSeries;
import io.holcstore.series.LocalSeries;
import io.holcstore.series.Series;

import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Cuts a series into the chunks of a grid, and joins chunks back into a dense series.
 * Nothing is resampled: a point off the grid is an {@link OffGridTimestampException}.
 */
public final class GridChunks {
    private GridChunks() {
    }

    /**
     * The chunks a series touches, each as a full-length array of the chunk's grid points
     * ({@code NaN} where the series has no value). Chunks holding only {@code NaN} are left out.
     */
    public static NavigableMap<Integer, double[]> split(Series series, StoreGrid grid) {
        NavigableMap<Integer, double[]> chunks;
        if (series instanceof DenseSeries dense) {
            chunks = splitDense(dense, grid);
        } else if (series instanceof IrregularSeries irregular) {
            chunks = splitIrregular(irregular, grid);
        } else {
            chunks = splitIrregular(((LocalSeries) series).inZone(grid.zone()), grid);
        }
        chunks.values().removeIf(GridChunks::allNaN);
        return chunks;
    }

    /**
     * At most how many chunks {@link #split} makes of the series, without cutting it: lets a bulk writer
     * reserve row ids before it starts streaming rows.
     */
    public static int chunkCountBound(Series series, StoreGrid grid) {
        if (series instanceof DenseSeries dense) {
            return dense.isEmpty() ? 0 : grid.chunkIndexOf(dense.end()) - grid.chunkIndexOf(dense.start()) + 1;
        }
        return series.size(); // one chunk per point at worst
    }

    private static NavigableMap<Integer, double[]> splitDense(DenseSeries series, StoreGrid grid) {
        NavigableMap<Integer, double[]> chunks = new TreeMap<>();
        if (series.isEmpty()) {
            return chunks;
        }
        if (!series.step().equals(grid.step())) {
            // Another step: place the points one by one, which names the first one off the grid, if any.
            return splitIrregular(toIrregular(series), grid);
        }
        int position = 0;
        while (position < series.size()) {
            Instant first = series.instantAt(position);
            int chunkIndex = grid.chunkIndexOf(first);
            int offset = grid.offsetInChunk(first, chunkIndex);
            if (offset < 0) {
                throw new OffGridTimestampException(first, grid);
            }
            double[] chunk = newChunk(grid, chunkIndex);
            int count = Math.min(series.size() - position, chunk.length - offset);
            series.copyValues(position, chunk, offset, count);
            chunks.put(chunkIndex, chunk);
            position += count;
        }
        return chunks;
    }

    private static NavigableMap<Integer, double[]> splitIrregular(IrregularSeries series, StoreGrid grid) {
        NavigableMap<Integer, double[]> chunks = new TreeMap<>();
        Map<Integer, BitSet> written = new HashMap<>();
        int chunkIndex = 0;
        long chunkStart = Long.MAX_VALUE;
        long chunkEnd = Long.MIN_VALUE;
        double[] chunk = null;
        BitSet seen = null;
        for (int i = 0; i < series.size(); i++) {
            Instant instant = series.instantAt(i);
            long second = instant.getEpochSecond();
            if (second < chunkStart || second >= chunkEnd) {
                chunkIndex = grid.chunkIndexOf(instant);
                chunkStart = grid.chunkStart(chunkIndex).getEpochSecond();
                chunkEnd = grid.chunkStart(chunkIndex + 1).getEpochSecond();
                chunk = chunks.computeIfAbsent(chunkIndex, index -> newChunk(grid, index));
                seen = written.computeIfAbsent(chunkIndex, index -> new BitSet());
            }
            long delta = second - chunkStart;
            if (instant.getNano() != 0 || delta % grid.stepSeconds() != 0) {
                throw new OffGridTimestampException(instant, grid);
            }
            int offset = (int) (delta / grid.stepSeconds());
            if (seen.get(offset)) {
                throw new DuplicateTimestampException(instant);
            }
            seen.set(offset);
            chunk[offset] = series.valueAt(i);
        }
        return chunks;
    }

    /** Writes the values of one chunk into {@code target[offset, offset + length)}, {@code length} being the chunk's grid length. */
    @FunctionalInterface
    public interface ChunkWriter<T> {
        void write(T chunk, int chunkIndex, double[] target, int offset, int length);
    }

    /**
     * One dense series over the given chunks, from the first chunk's start to the last chunk's
     * end, {@code NaN} where no chunk is stored. Each array must hold its chunk's grid length.
     */
    public static DenseSeries join(NavigableMap<Integer, double[]> chunks, StoreGrid grid) {
        return join(chunks, grid, (chunk, index, target, offset, length) -> {
            if (chunk.length != length) {
                throw new IllegalArgumentException("chunk " + index + " holds " + chunk.length + " values, its grid length is " + length);
            }
            System.arraycopy(chunk, 0, target, offset, length);
        });
    }

    /**
     * One dense series over chunks of any form, each written in place by {@code writer} (so a store can
     * decode stored blobs straight into the result), {@code NaN} where no chunk is stored.
     */
    public static <T> DenseSeries join(NavigableMap<Integer, T> chunks, StoreGrid grid, ChunkWriter<T> writer) {
        if (chunks.isEmpty()) {
            throw new IllegalArgumentException("no chunk to join");
        }
        Instant start = grid.chunkStart(chunks.firstKey());
        int lastIndex = chunks.lastKey();
        int length = Math.toIntExact(offsetOf(grid, start, lastIndex) + grid.chunkLength(lastIndex));
        double[] values = new double[length];
        int filled = 0;
        for (Map.Entry<Integer, T> entry : chunks.entrySet()) {
            int offset = Math.toIntExact(offsetOf(grid, start, entry.getKey()));
            Arrays.fill(values, filled, offset, Double.NaN);
            int chunkLength = grid.chunkLength(entry.getKey());
            writer.write(entry.getValue(), entry.getKey(), values, offset, chunkLength);
            filled = offset + chunkLength;
        }
        return DenseSeries.adopting(start, grid.step(), grid.zone(), values);
    }

    private static long offsetOf(StoreGrid grid, Instant start, int chunkIndex) {
        long delta = grid.chunkStart(chunkIndex).getEpochSecond() - start.getEpochSecond();
        // Every chunk start is a whole number of steps after the first for steps that divide
        // an hour; other steps may break that, and joining such chunks would shift values.
        if (delta % grid.stepSeconds() != 0) {
            throw new IllegalStateException("chunk " + chunkIndex + " does not start on the grid of the first chunk (" + grid + ")");
        }
        return delta / grid.stepSeconds();
    }

    private static double[] newChunk(StoreGrid grid, int chunkIndex) {
        double[] chunk = new double[grid.chunkLength(chunkIndex)];
        Arrays.fill(chunk, Double.NaN);
        return chunk;
    }

    private static boolean allNaN(double[] values) {
        for (double v : values) {
            if (!Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    private static IrregularSeries toIrregular(DenseSeries series) {
        Instant[] instants = new Instant[series.size()];
        double[] values = new double[series.size()];
        for (int i = 0; i < instants.length; i++) {
            instants[i] = series.instantAt(i);
            values[i] = series.valueAt(i);
        }
        return IrregularSeries.of(instants, values);
    }
}
