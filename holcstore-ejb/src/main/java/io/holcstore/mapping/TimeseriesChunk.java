package io.holcstore.mapping;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import org.eclipse.persistence.annotations.Customizer;

import java.time.OffsetDateTime;

/**
 * One chunk of a series in a {@code TimeseriesChunkStore}: a month or a year of grid values,
 * compressed. A store is a concrete subclass that adds the user's key fields (basic columns only) and
 * declares {@link ChunkStoreSettings}:
 * <pre>{@code
 * @Entity
 * @ChunkStoreSettings(axis = ChunkAxis.YEAR_MONTH, step = "PT1H", zone = "Europe/Paris", sync = true)
 * public class DemoStore extends TimeseriesChunk {
 *     private int version;
 *     private String kind;
 * }
 * }</pre>
 * The table name, unique constraint and indexes are computed by {@link ChunkStoreSchemaCustomizer}.
 * Stores read and write these rows in bulk through the store logic, not one entity at a time.
 */
// nullable = false is ignored where a columnDefinition is given, hence NOT NULL inside those.
@MappedSuperclass
@Customizer(ChunkStoreSchemaCustomizer.class)
public abstract class TimeseriesChunk {
    /** SEQUENCE, not IDENTITY: EclipseLink's IDENTITY DDL fails on H2 and PostgreSQL. One sequence serves every store. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holcstore_chunk_seq")
    @SequenceGenerator(name = "holcstore_chunk_seq", sequenceName = "holcstore_chunk_seq", allocationSize = 500)
    private Long id;

    /** {@code year} (axis YEAR) or {@code year * 12 + month - 1} (axis YEAR_MONTH), in the store zone. */
    @Column(name = "chunk_index", nullable = false)
    private int chunkIndex;

    /** The chunk's first grid instant: local midnight of its first day. */
    @Column(name = "start_ts", nullable = false, columnDefinition = "TIMESTAMP WITH TIME ZONE NOT NULL")
    private OffsetDateTime startTs;

    /** How {@link #data} is encoded; see {@code io.holcstore.codec.ChunkEncoding}. */
    @Column(name = "dtype", nullable = false, length = 16)
    private String dtype;

    @Column(name = "updated_at", nullable = false, columnDefinition = "TIMESTAMP WITH TIME ZONE NOT NULL")
    private OffsetDateTime updatedAt;

    /**
     * The {@code updated_at} the chunk had in the store it was imported from; null for a chunk written here. Each
     * store stamps {@link #updatedAt} with its own clock, imports included, so that a mirror lists its changes to its
     * own clients as losslessly as the store it pulls; this column is what tells two copies of a chunk apart.
     */
    @Column(name = "upstream_updated_at", columnDefinition = "TIMESTAMP WITH TIME ZONE")
    private OffsetDateTime upstreamUpdatedAt;

    /** A tombstone: the chunk was deleted but stays so that sync clients learn of it. */
    @Column(name = "is_deleted", nullable = false)
    private boolean deleted;

    /** Every grid value of the chunk as little-endian float64 in one LZ4 frame; an empty frame for a tombstone. */
    @Column(name = "data", nullable = false, columnDefinition = "BYTEA NOT NULL")
    private byte[] data;

    public Long getId() {
        return id;
    }

    public int getChunkIndex() {
        return chunkIndex;
    }

    public OffsetDateTime getStartTs() {
        return startTs;
    }

    public String getDtype() {
        return dtype;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** The upstream's {@code updated_at} of an imported chunk; null for a chunk written in this store. */
    public OffsetDateTime getUpstreamUpdatedAt() {
        return upstreamUpdatedAt;
    }

    public boolean isDeleted() {
        return deleted;
    }

    /** The stored blob; a copy. */
    public byte[] getData() {
        return data == null ? null : data.clone();
    }
}
