package io.holcstore.rest.api;

import io.holcstore.rest.http.BodyLimit;
import io.holcstore.store.TimeseriesStore;

/**
 * The HTTP API of one store of whole series (SPEC 3.2, 5). An application binds it to a store by subclassing it:
 * <pre>{@code
 * @Path("stores/profiles")
 * public class ProfilesResource extends TimeseriesResource {
 *     @EJB
 *     private DemoProfileBean store;
 *
 *     @Override
 *     protected TimeseriesStore store() {
 *         return store;
 *     }
 * }
 * }</pre>
 * which serves, under that path:
 * <ul>
 * <li>{@code PUT series?<keys>&mode=insert|update|replace} (JSON or CSV body, as the chunk store's API takes; a dense
 * JSON body gives its {@code step}) → 204, or 409 when an insert finds the series stored;</li>
 * <li>{@code GET series?<keys>[&tz]} → the one series the keys select, as JSON
 * {@code {"attrs", "zone", "index", "values"}} or CSV ({@code Accept: text/csv}); 404 if none, 400 if several;</li>
 * <li>{@code GET series/many?<partial keys>[&tz]} → every matching series as NDJSON, streamed;</li>
 * <li>{@code DELETE series?<partial keys>} (at least one) → {@code {"deleted": <series>}};</li>
 * <li>{@code GET count?<partial keys>} → {@code {"count": <series>}}.</li>
 * </ul>
 * Keys are query parameters named after the store's key fields ({@link SeriesQuery}). Every bad input is a typed
 * exception answered as a 4xx JSON error by {@code io.holcstore.rest.error}, and nothing is written: the body is
 * parsed in full, within the cap of {@link BodyLimit}, before the store's one transactional call. The resource
 * methods are {@link TimeseriesResourceMethods}'.
 */
public abstract class TimeseriesResource extends TimeseriesResourceMethods {

    /** The store this resource serves, e.g. an injected store EJB. */
    @Override
    protected abstract TimeseriesStore store();
}
