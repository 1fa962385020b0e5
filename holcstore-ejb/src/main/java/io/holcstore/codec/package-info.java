/**
 * Chunk codecs: the {@link io.holcstore.codec.ChunkEncoding} switch on a chunk's stored
 * {@code dtype}, and the LZ4 frame reader and writer that turn float64 arrays into the blobs the
 * Python reference stores and back. Stores write float64; the other numeric dtypes numpy writes
 * (float32, int32, int64) are read as float64.
 */
package io.holcstore.codec;
