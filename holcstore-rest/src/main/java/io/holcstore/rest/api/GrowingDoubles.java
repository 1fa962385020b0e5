package io.holcstore.rest.api;

import java.util.Arrays;

/** The values of a body as they are parsed, on a primitive array (a boxed list would take four times the memory). */
final class GrowingDoubles {
    private double[] values = new double[1024];
    private int size;

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
