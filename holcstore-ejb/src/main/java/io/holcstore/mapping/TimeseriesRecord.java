package io.holcstore.mapping;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import org.eclipse.persistence.annotations.Customizer;

/**
 * One whole series of a {@code TimeseriesStore} (SPEC 3.2): its points (instants and values, regular or not) in one
 * compressed blob, under the user's key fields. A store is a concrete subclass that adds the key fields (basic
 * columns only: int, long, String, LocalDate, enum...) and may declare its {@link StoreZone}:
 * <pre>{@code
 * @Entity
 * @StoreZone("Europe/Paris")
 * public class DemoProfile extends TimeseriesRecord {
 *     private String site;
 *     private String kind;
 * }
 * }</pre>
 * {@link TimeseriesStoreSchemaCustomizer} declares the unique constraint on the key columns and makes them NOT NULL,
 * at deployment. The store logic reads and writes these rows with SQL, not one entity at a time.
 */
@MappedSuperclass
@Customizer(TimeseriesStoreSchemaCustomizer.class)
public abstract class TimeseriesRecord extends SeriesBlobRow {
    /** SEQUENCE, not IDENTITY: EclipseLink's IDENTITY DDL fails on H2 and PostgreSQL. One sequence serves every such store. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holcstore_series_seq")
    @SequenceGenerator(name = "holcstore_series_seq", sequenceName = "holcstore_series_seq", allocationSize = 50)
    private Long id;

    public Long getId() {
        return id;
    }
}
