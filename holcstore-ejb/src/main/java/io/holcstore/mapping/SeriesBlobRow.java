package io.holcstore.mapping;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns of a row holding one whole series in one blob, shared by the stores that keep series whole
 * ({@link TimeseriesRecord}, {@link LoadCurve}): {@code dtype}, how the blob is encoded (see
 * {@code io.holcstore.codec.SeriesBlobEncoding}, the single switch on it), and {@code data}, the blob. Its constructor
 * is package-private: stores extend {@link TimeseriesRecord} or {@link LoadCurve}, whose schema customizers check them,
 * never this class. Not thread-safe, as any entity.
 */
// nullable = false is ignored where a columnDefinition is given, hence NOT NULL inside it.
@MappedSuperclass
public abstract class SeriesBlobRow {
    /** How {@link #data} is encoded; see {@code io.holcstore.codec.SeriesBlobEncoding}. */
    @Column(name = "dtype", nullable = false, length = 16)
    private String dtype;

    /** The whole series: its instants and values, encoded as {@link #dtype} says. */
    @Column(name = "data", nullable = false, columnDefinition = "BYTEA NOT NULL")
    private byte[] data;

    SeriesBlobRow() {
    }

    /** The name of the blob's encoding. */
    public String getDtype() {
        return dtype;
    }

    /** The stored blob; a copy. */
    public byte[] getData() {
        return data == null ? null : data.clone();
    }
}
