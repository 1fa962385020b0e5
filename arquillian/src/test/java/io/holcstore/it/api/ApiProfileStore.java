package io.holcstore.it.api;

import io.holcstore.mapping.StoreZone;
import io.holcstore.mapping.TimeseriesRecord;
import jakarta.persistence.Entity;

/** The HTTP API's store of whole series: keys site and version, zone Europe/Paris. */
@Entity
@StoreZone("Europe/Paris")
public class ApiProfileStore extends TimeseriesRecord {
    private String site;
    private int version;
}
