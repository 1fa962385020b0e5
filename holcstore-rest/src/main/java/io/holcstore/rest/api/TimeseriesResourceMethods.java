package io.holcstore.rest.api;

import io.holcstore.rest.export.ExportLayout;
import io.holcstore.rest.export.TimeseriesStoreExport;
import io.holcstore.series.Series;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesEntry;
import io.holcstore.store.TimeseriesStore;
import io.holcstore.store.WriteMode;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.InputStream;
import java.time.ZoneId;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The resource methods of {@link TimeseriesResource}, the class an application subclasses; useless alone:
 * {@link #store()} fails here. Concrete, and apart from that abstract class, for the reason
 * {@link SeriesResourceMethods} gives: JAX-RS instantiates every class declaring a {@code @Path} on a method.
 */
public class TimeseriesResourceMethods extends StoreResourceMethods {
    private static final Logger LOG = Logger.getLogger(TimeseriesResourceMethods.class.getName());

    protected TimeseriesResourceMethods() {
    }

    /**
     * The store this resource serves; {@link TimeseriesResource} declares it abstract.
     *
     * @throws IllegalStateException always: only a subclass of {@link TimeseriesResource} has a store
     */
    protected TimeseriesStore store() {
        throw new IllegalStateException(getClass().getName() + " serves no store: extend TimeseriesResource");
    }

    /**
     * Writes one series under the keys given (every key field); {@code mode} is insert (the default), update or
     * replace. An all-NaN or empty body writes nothing and answers 204 as well, as the store does.
     */
    @PUT
    @Path("series")
    @Consumes({MediaType.APPLICATION_JSON, SeriesResourceMethods.CSV})
    public Response write(@Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        TimeseriesStore store = store();
        SeriesQuery query = SeriesQuery.parse(uri.getQueryParameters(), store.keyFields(), Set.of(SeriesQuery.MODE));
        SeriesKey key = query.seriesKey();
        WriteMode mode = query.mode();
        ZoneId zone = store.zone();
        InputStream limited = bodyLimit().limit(body, headers.getLength());
        Series series = HttpBodies.readSeries(limited, headers.getMediaType(), null, zone);
        boolean written = store.setTs(key, series, mode);
        LOG.fine(() -> "PUT " + key + " (" + mode + ", " + series.size() + " points): " + (written ? "written" : "nothing to write"));
        return Response.noContent().build();
    }

    /** The one series the keys given select, rendered in {@code tz} or the store zone. */
    @GET
    @Path("series")
    @Produces({MediaType.APPLICATION_JSON, SeriesResourceMethods.CSV})
    public Response read(@Context UriInfo uri, @Context Request request) {
        boolean csv = HttpBodies.answersCsv(request);
        TimeseriesStore store = store();
        SeriesQuery query = SeriesQuery.parse(uri.getQueryParameters(), store.keyFields(), Set.of(SeriesQuery.TZ));
        ZoneId zone = query.zone(store.zone());
        TimeseriesEntry found = store.getOneEntry(query.filter());
        return HttpBodies.stream(csv ? HttpBodies.CSV_UTF8 : HttpBodies.JSON_UTF8, out -> {
            if (csv) {
                TimeseriesCsvWriter.write(out, found.series(), zone);
            } else {
                TimeseriesJsonWriter.write(out, found, zone);
            }
        });
    }

    /** Every series matching the key fields given, as NDJSON, streamed in bounded memory ({@link TimeseriesNdjsonStream}). */
    @GET
    @Path("series/many")
    @Produces(NdjsonSeriesStream.MEDIA_TYPE)
    public Response readMany(@Context UriInfo uri) {
        TimeseriesStore store = store();
        Selection selected = Selection.of(uri, store);
        return Response.ok(new TimeseriesNdjsonStream(store, selected.filter(), selected.zone()), NdjsonSeriesStream.MEDIA_TYPE)
                .build();
    }

    /**
     * Every series matching the key fields given, rendered in {@code tz} or the store zone, as the zip of SPEC 3.4
     * ({@link io.holcstore.rest.export.ExportLayout}), streamed in bounded memory ({@link ZipExportStream}) as an
     * attachment named {@code export_<exportName>_<UTC instant>.zip}. A selection without series is a zip holding only
     * the summary's header line, as the chunk store's.
     */
    @GET
    @Path("export.zip")
    @Produces(ExportLayout.MEDIA_TYPE)
    public Response export(@Context UriInfo uri) {
        TimeseriesStore store = store();
        Selection selected = Selection.of(uri, store);
        return new ZipExportStream("series " + selected.filter(),
                out -> TimeseriesStoreExport.write(store, selected.filter(), selected.zone(), out))
                .attachment(exportName(uri));
    }

    /** Removes the series matching the key fields given (at least one); answers how many. */
    @DELETE
    @Path("series")
    @Produces(MediaType.APPLICATION_JSON)
    public Response delete(@Context UriInfo uri) {
        TimeseriesStore store = store();
        SeriesKey filter = SeriesQuery.parse(uri.getQueryParameters(), store.keyFields(), Set.of()).nonEmptyFilter();
        int deleted = store.clear(filter);
        LOG.fine(() -> "DELETE " + filter + ": " + deleted + " series removed");
        return HttpBodies.json(Json.createObjectBuilder().add("deleted", deleted));
    }

    /** How many series match the key fields given (none: every series). */
    @GET
    @Path("count")
    @Produces(MediaType.APPLICATION_JSON)
    public Response count(@Context UriInfo uri) {
        TimeseriesStore store = store();
        SeriesKey filter = SeriesQuery.parse(uri.getQueryParameters(), store.keyFields(), Set.of()).filter();
        return HttpBodies.json(Json.createObjectBuilder().add("count", store.count(filter)));
    }

    /** What a streamed read selects: a checked filter and the zone to render in ({@code tz} or the store zone). */
    private record Selection(SeriesKey filter, ZoneId zone) {
        static Selection of(UriInfo uri, TimeseriesStore store) {
            SeriesQuery query = SeriesQuery.parse(uri.getQueryParameters(), store.keyFields(), Set.of(SeriesQuery.TZ));
            // Bad filter values must be a 400 now: once the stream starts, the status is sent.
            return new Selection(store.checkFilter(query.filter()), query.zone(store.zone()));
        }
    }
}
