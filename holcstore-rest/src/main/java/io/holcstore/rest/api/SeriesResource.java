package io.holcstore.rest.api;

import io.holcstore.rest.http.BodyLimit;
import io.holcstore.store.TimeseriesChunkStore;

/**
 * The series HTTP API of one store (SPEC 5). An application binds it to a store by subclassing it:
 * <pre>{@code
 * @Path("stores/demo")
 * public class DemoSeriesResource extends SeriesResource {
 *     @EJB
 *     private DemoStoreBean store;
 *
 *     @Override
 *     protected TimeseriesChunkStore store() {
 *         return store;
 *     }
 * }
 * }</pre>
 * which serves, under that path:
 * <ul>
 * <li>{@code PUT series?<keys>&mode=insert|update|replace} (JSON or CSV body) → 204;</li>
 * <li>{@code GET series?<keys>[&start&end&tz]} → one series as JSON or CSV ({@code Accept: text/csv}), 404 if none;</li>
 * <li>{@code GET series/many?<partial keys>[&start&end&tz]} → every matching series as NDJSON, streamed;</li>
 * <li>{@code DELETE series?<partial keys>} → {@code {"deleted": <chunks>}}, tombstones on a sync store;</li>
 * <li>{@code GET export.zip?<partial keys>[&start&end&tz]} → every matching series as a zip of CSV files
 *     (SPEC 3.4, {@code io.holcstore.rest.export}), streamed.</li>
 * </ul>
 * Keys are query parameters named after the store's key fields ({@link SeriesQuery}). Every bad input is a typed
 * exception answered as a 4xx JSON error by {@code io.holcstore.rest.error}, and nothing is written: the body is
 * parsed in full, within the cap of {@link BodyLimit}, before the store's one transactional call. The resource
 * methods are {@link SeriesResourceMethods}'.
 */
public abstract class SeriesResource extends SeriesResourceMethods {

    /** The store this resource serves, e.g. an injected store EJB. */
    @Override
    protected abstract TimeseriesChunkStore store();
}
