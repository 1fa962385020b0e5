package io.holcstore.rest.api;

import io.holcstore.rest.http.BodyLimit;
import jakarta.ws.rs.core.UriInfo;

/**
 * What the HTTP APIs of the three stores ({@link SeriesResourceMethods}, {@link TimeseriesResourceMethods},
 * {@link LoadCurveResourceMethods}) let an application override alike: the cap on request bodies and the name of the
 * export zip. It declares no resource method.
 */
public class StoreResourceMethods {

    protected StoreResourceMethods() {
    }

    /** The cap on request bodies; {@link BodyLimit#configured()} unless overridden. */
    protected BodyLimit bodyLimit() {
        return BodyLimit.configured();
    }

    /**
     * What {@code export.zip} names its file after: by default the last segment of this resource's path
     * ({@code demo} for {@code @Path("stores/demo")}). Override it to name the store entity, as the Python reference
     * does ({@code DemoStore}).
     */
    protected String exportName(UriInfo uri) {
        return ZipExportStream.lastPathSegment(uri);
    }
}
