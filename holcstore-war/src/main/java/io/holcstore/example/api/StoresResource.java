package io.holcstore.example.api;

import io.holcstore.ejb.TimeseriesChunkStoreBean;
import io.holcstore.example.stores.DemoMirrorBean;
import io.holcstore.example.stores.DemoStoreBean;
import io.holcstore.store.SeriesKey;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/stores}: the example's stores and when each last changed; shows the application is up and its database reachable. */
@Path("stores")
@Produces(MediaType.APPLICATION_JSON)
public class StoresResource {
    @EJB
    private DemoStoreBean demo;
    @EJB
    private DemoMirrorBean mirror;

    @GET
    public Map<String, Map<String, String>> stores() {
        Map<String, Map<String, String>> stores = new LinkedHashMap<>();
        stores.put("demo", describe(demo));
        stores.put("mirror", describe(mirror));
        return stores;
    }

    private static Map<String, String> describe(TimeseriesChunkStoreBean<?> store) {
        return Map.of("lastUpdatedAt", store.lastUpdatedAt(SeriesKey.all()).toString());
    }
}
