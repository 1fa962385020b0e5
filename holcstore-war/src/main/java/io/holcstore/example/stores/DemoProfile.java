package io.holcstore.example.stores;

import io.holcstore.mapping.StoreZone;
import io.holcstore.mapping.TimeseriesRecord;
import jakarta.persistence.Entity;

/** The example's store of whole series: profiles (any instants, regular or not) keyed by site and kind. */
@Entity
@StoreZone("Europe/Paris")
public class DemoProfile extends TimeseriesRecord {
    private String site;
    private String kind;
}
