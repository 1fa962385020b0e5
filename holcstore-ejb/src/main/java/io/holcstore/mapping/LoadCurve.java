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
 * One version of one load curve in a {@code LoadCurveStore} (the reference's {@code Store}): the whole series of a
 * meter ({@code prm}) of a client, in one blob. A store is a concrete subclass; it may add attribute fields (basic
 * columns: int, String, LocalDate, enum...), which writes set, reads filter on and versions may be counted by:
 * <pre>{@code
 * @Entity
 * @StoreZone("Europe/Paris")
 * public class DemoCurve extends LoadCurve {
 *     private String source;
 * }
 * }</pre>
 * Attribute columns are NOT NULL, and writes must give every one. A field named after a keyword of a database (H2:
 * {@code year}, {@code value}...) needs another column name ({@code @Column(name = "curve_year")}).
 * {@link LoadCurveStoreSchemaCustomizer} declares the table's unique constraint (client, prm, attributes, version)
 * and checks the declaration at deployment. The store logic reads and writes these rows with plain SQL.
 */
// nullable = false is ignored where a columnDefinition is given, hence NOT NULL inside those.
@MappedSuperclass
@Customizer(LoadCurveStoreSchemaCustomizer.class)
public abstract class LoadCurve extends SeriesBlobRow {
    /** The longest meter key, as in the reference. */
    public static final int PRM_LENGTH = 70;

    /** SEQUENCE, not IDENTITY: EclipseLink's IDENTITY DDL fails on H2 and PostgreSQL. One sequence serves every store. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holcstore_loadcurve_seq")
    @SequenceGenerator(name = "holcstore_loadcurve_seq", sequenceName = "holcstore_loadcurve_seq", allocationSize = 50)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private int clientId;

    /** The meter key. */
    @Column(name = "prm", nullable = false, length = PRM_LENGTH)
    private String prm;

    /** 0 for a curve written without versioning; 0, 1, 2... for the versions of a curve written with it. */
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "last_modified", nullable = false, columnDefinition = "TIMESTAMP WITH TIME ZONE NOT NULL")
    private OffsetDateTime lastModified;

    @Column(name = "created_at", nullable = false, columnDefinition = "TIMESTAMP WITH TIME ZONE NOT NULL")
    private OffsetDateTime createdAt;

    public Long getId() {
        return id;
    }

    public int getClientId() {
        return clientId;
    }

    public String getPrm() {
        return prm;
    }

    public int getVersion() {
        return version;
    }

    public OffsetDateTime getLastModified() {
        return lastModified;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
