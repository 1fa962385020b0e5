package io.holcstore.bench;

import io.holcstore.codec.Lz4FrameDecoder;
import io.holcstore.codec.SeriesBlobEncoding;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The points of one whole-series blob ({@link SeriesBlobEncoding#INDEXED_FLOAT64}) in plain arrays, decoded the
 * shortest way (no checks): what the read floors of the stores of whole series decode. The layout is FORMAT.md's: an
 * LZ4 frame of the count (int32), the instants as millisecond differences (int64) and the values (float64), all
 * little-endian.
 *
 * @param epochMillis the instants, strictly increasing
 * @param values      the values, NaN where missing
 */
record BlobPoints(long[] epochMillis, double[] values) {
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE_LE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

    static BlobPoints decode(byte[] blob) {
        byte[] raw = Lz4FrameDecoder.decode(blob);
        int n = (int) INT_LE.get(raw, 0);
        long[] millis = new long[n];
        double[] values = new double[n];
        int valuesAt = Integer.BYTES + n * Long.BYTES;
        long instant = 0;
        for (int i = 0; i < n; i++) {
            instant += (long) LONG_LE.get(raw, Integer.BYTES + i * Long.BYTES);
            millis[i] = instant;
            values[i] = (double) DOUBLE_LE.get(raw, valuesAt + i * Double.BYTES);
        }
        return new BlobPoints(millis, values);
    }

    int size() {
        return values.length;
    }

    /**
     * These points patched with older ones (pandas {@code combine_first}): over the union of both indexes, this value
     * where it is not NaN, the older one elsewhere; one merge pass.
     */
    BlobPoints combineFirst(BlobPoints older) {
        long[] millis = new long[size() + older.size()];
        double[] merged = new double[millis.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < size() && j < older.size()) {
            long mine = epochMillis[i];
            long theirs = older.epochMillis[j];
            if (mine < theirs) {
                millis[k] = mine;
                merged[k++] = values[i++];
            } else if (theirs < mine) {
                millis[k] = theirs;
                merged[k++] = older.values[j++];
            } else {
                millis[k] = mine;
                merged[k++] = Double.isNaN(values[i]) ? older.values[j] : values[i];
                i++;
                j++;
            }
        }
        for (; i < size(); i++) {
            millis[k] = epochMillis[i];
            merged[k++] = values[i];
        }
        for (; j < older.size(); j++) {
            millis[k] = older.epochMillis[j];
            merged[k++] = older.values[j];
        }
        return k == millis.length ? new BlobPoints(millis, merged)
                : new BlobPoints(Arrays.copyOf(millis, k), Arrays.copyOf(merged, k));
    }
}
