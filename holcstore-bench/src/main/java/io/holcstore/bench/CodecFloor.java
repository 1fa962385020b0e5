package io.holcstore.bench;

import io.holcstore.codec.Lz4FrameDecoder;
import io.holcstore.codec.Lz4FrameEncoder;
import io.holcstore.grid.GridChunks;

import java.util.ArrayList;
import java.util.List;

/**
 * The codec alone: LZ4 frame encode and decode speed on the workload's chunks, in MB/s of raw doubles.
 * Measured on the first {@link #SAMPLE_SERIES} series (speed does not depend on how many), each pass
 * repeated until about {@link #BYTES_PER_RUN} raw bytes went through, so a run is long enough to time.
 */
public final class CodecFloor {
    private static final int SAMPLE_SERIES = 20;
    private static final long BYTES_PER_RUN = 500_000_000L;

    private final List<double[]> chunks = new ArrayList<>();
    private final List<byte[]> blobs = new ArrayList<>();
    private final long sampleBytes;
    private final int passes;
    /** Keeps every result reachable, so no encode or decode can be optimised away. */
    private long sink;

    public CodecFloor(Workload workload, SeriesGenerator generator) {
        long bytes = 0;
        for (int i = 0; i < Math.min(SAMPLE_SERIES, workload.seriesCount()); i++) {
            for (double[] chunk : GridChunks.split(generator.series(i), workload.grid()).values()) {
                chunks.add(chunk);
                blobs.add(Lz4FrameEncoder.encodeFloat64(chunk));
                bytes += (long) chunk.length * Double.BYTES;
            }
        }
        this.sampleBytes = bytes;
        this.passes = (int) Math.max(1, BYTES_PER_RUN / bytes);
    }

    /** Seconds to encode {@link #bytesPerRun()} raw bytes. */
    public double encode() {
        long start = System.nanoTime();
        for (int pass = 0; pass < passes; pass++) {
            for (double[] chunk : chunks) {
                sink += Lz4FrameEncoder.encodeFloat64(chunk).length;
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seconds to decode {@link #bytesPerRun()} raw bytes. */
    public double decode() {
        long start = System.nanoTime();
        for (int pass = 0; pass < passes; pass++) {
            for (byte[] blob : blobs) {
                sink += Lz4FrameDecoder.decodeFloat64(blob).length;
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    public long bytesPerRun() {
        return sampleBytes * passes;
    }

    @Override
    public String toString() {
        return "codec sample of " + chunks.size() + " chunks, " + sampleBytes + " raw bytes, " + passes + " passes (" + sink + ")";
    }
}
