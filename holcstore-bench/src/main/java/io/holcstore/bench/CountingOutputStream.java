package io.holcstore.bench;

import java.io.OutputStream;

/** Counts what is written to it and keeps nothing: an export's destination when only its size and time matter. */
final class CountingOutputStream extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count += len;
    }

    /** The bytes written so far. */
    long count() {
        return count;
    }
}
