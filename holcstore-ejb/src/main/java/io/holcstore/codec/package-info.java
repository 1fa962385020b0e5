/**
 * Chunk codecs: the {@link io.holcstore.codec.ChunkEncoding} switch on a chunk's stored
 * {@code dtype}, and the LZ4 frame reader and writer that turn float64 arrays into the blobs the
 * Python reference stores and back.
 */
package io.holcstore.codec;
