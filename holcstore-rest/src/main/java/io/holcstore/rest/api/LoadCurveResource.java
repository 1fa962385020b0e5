package io.holcstore.rest.api;

import io.holcstore.store.loadcurve.LoadCurveStore;

/**
 * The HTTP API of one load-curve store (SPEC 3.3). An application binds it to a store by subclassing it:
 * <pre>{@code
 * @Path("stores/curves")
 * public class DemoCurveResource extends LoadCurveResource {
 *     @EJB
 *     private DemoCurveStoreBean store;
 *
 *     @Override
 *     protected LoadCurveStore store() {
 *         return store;
 *     }
 * }
 * }</pre>
 * which serves, under that path ({@code client} is required everywhere; any parameter not listed is an attribute
 * field of the store, a value to write or a filter, checked by the store):
 * <ul>
 * <li>{@code PUT curves/{prm}?client=1[&versioning=true&versioningBy=prm&versioningBy=<attr>][&<attr>=v]}
 *     (JSON {@code {"index": [...], "values": [...]}} or {@code {"start", "step": "PT30M", "values"}}, or CSV
 *     {@code <ISO>;<value>} lines) → {@code {"prm", "version"}} (version null: the series had no value, nothing
 *     written);</li>
 * <li>{@code GET curves/{prm}?client=1[&combined=false][&version=n][&combinedBy=..][&orderBy=-version]
 *     [&combinedDelay=P1D][&tz=Europe/Paris][&<attr>=v]} → a JSON array of entries, empty when nothing is stored;</li>
 * <li>{@code GET curves?client=1[&prm=a&prm=b][& the read parameters]} → the entries of those prms (every prm of
 *     the client without any) as NDJSON, one entry per line, streamed; a prm with nothing stored has no line;</li>
 * <li>{@code DELETE curves/{prm}?client=1[&version=n][&<attr>=v]} and
 *     {@code DELETE curves?client=1[&prm=a...][&version=n][&<attr>=v]} (without prm: every curve of the client) →
 *     {@code {"deleted": rows}};</li>
 * <li>{@code GET count?client=1[&<attr>=v]} → {@code {"count": rows}};</li>
 * <li>{@code GET holes?client=1&from=..&to=..&freq=PT30M[&prm=..][&freqMargin=PT30M][& read parameters]} →
 *     {@code {"<prm>": [{"start", "end"}, ...]}};</li>
 * <li>{@code GET groups?client=1&from=..&to=..&freq=PT1H&prm=a&prm=b[& read parameters]} →
 *     {@code {"groups": [{"start", "end", "prms"}], "available": [prms]}}.</li>
 * </ul>
 * An entry is {@code {"prm", "clientId", "version", "attrs", "lastModified", "createdAt", "zone", "index",
 * "values"}}, instants rendered with the offset of {@code tz} (default: the store zone). Every bad input is a typed
 * exception answered as a 4xx JSON error by {@code io.holcstore.rest.error}, and nothing is written: the body is
 * parsed in full, within the cap of {@link io.holcstore.rest.http.BodyLimit}, before the store's one transactional
 * call. The resource methods are {@link LoadCurveResourceMethods}'.
 */
public abstract class LoadCurveResource extends LoadCurveResourceMethods {

    /** The store this resource serves, e.g. an injected store EJB. */
    @Override
    protected abstract LoadCurveStore store();
}
