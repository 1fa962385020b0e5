package io.holcstore.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The little-endian element layouts numpy's {@code tobytes()} writes for the dtypes other than float64, read as
 * float64 values ({@code ndarray.astype("float64")}): float32 widened exactly (NaN kept as NaN), int32 exactly, int64
 * rounded to the nearest double beyond 2^53, as numpy rounds it. Written back only when every value is held exactly.
 */
enum NumpyLayout {
    FLOAT32(Float.BYTES) {
        @Override
        double read(ByteBuffer raw, int index) {
            return raw.getFloat(index * Float.BYTES);
        }

        @Override
        boolean holds(double value) {
            return Double.isNaN(value) || (double) (float) value == value;
        }

        @Override
        void write(ByteBuffer raw, int index, double value) {
            raw.putFloat(index * Float.BYTES, (float) value);
        }
    },
    INT32(Integer.BYTES) {
        @Override
        double read(ByteBuffer raw, int index) {
            return raw.getInt(index * Integer.BYTES);
        }

        @Override
        boolean holds(double value) {
            return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE && value == Math.rint(value);
        }

        @Override
        void write(ByteBuffer raw, int index, double value) {
            raw.putInt(index * Integer.BYTES, (int) value);
        }
    },
    INT64(Long.BYTES) {
        @Override
        double read(ByteBuffer raw, int index) {
            return raw.getLong(index * Long.BYTES);
        }

        @Override
        boolean holds(double value) {
            // 2^63 is a double but no long: the bound is exclusive
            return value >= -0x1p63 && value < 0x1p63 && value == Math.rint(value);
        }

        @Override
        void write(ByteBuffer raw, int index, double value) {
            raw.putLong(index * Long.BYTES, (long) value);
        }
    };

    private final int width;

    NumpyLayout(int width) {
        this.width = width;
    }

    /** Bytes per element. */
    int width() {
        return width;
    }

    /** Element {@code index} of {@code raw} (little-endian), as a double. */
    abstract double read(ByteBuffer raw, int index);

    /** Whether this layout holds {@code value} exactly. */
    abstract boolean holds(double value);

    /** Writes {@code value}, which it {@link #holds}, as element {@code index} of {@code raw}. */
    abstract void write(ByteBuffer raw, int index, double value);

    /** The {@code count} elements of {@code raw} into {@code target[offset, offset + count)}. */
    void readInto(byte[] raw, double[] target, int offset, int count) {
        ByteBuffer view = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            target[offset + i] = read(view, i);
        }
    }
}
