package io.holcstore.rest.api;

import io.holcstore.rest.export.ExportLayout;
import io.holcstore.rest.export.TimeseriesStoreExport;
import io.holcstore.rest.http.BodyLimit;
import io.holcstore.series.Series;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.TimeseriesEntry;
import io.holcstore.store.TimeseriesStore;
import io.holcstore.store.WriteMode;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The resource methods of {@link TimeseriesResource}, the class an application subclasses; useless alone:
 * {@link #store()} fails here. Concrete, and apart from that abstract class, for the reason
 * {@link SeriesResourceMethods} gives: JAX-RS instantiates every class declaring a {@code @Path} on a method.
 */
public class TimeseriesResourceMethods {
    private static final Logger LOG = Logger.getLogger(TimeseriesResourceMethods.class.getName());
    private static final MediaType CSV_UTF8 = new MediaType("text", "csv", StandardCharsets.UTF_8.name());
    private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset(StandardCharsets.UTF_8.name());

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

    /** The cap on request bodies; {@link BodyLimit#configured()} unless overridden. */
    protected BodyLimit bodyLimit() {
        return BodyLimit.configured();
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
        MediaType type = headers.getMediaType();
        Series series = type != null && type.isCompatible(CSV_UTF8)
                ? new CsvSeriesReader(zone).read(limited, SeriesResourceMethods.charset(type))
                : new JsonSeriesReader(null, zone).read(limited);
        boolean written = store.setTs(key, series, mode);
        LOG.fine(() -> "PUT " + key + " (" + mode + ", " + series.size() + " points): " + (written ? "written" : "nothing to write"));
        return Response.noContent().build();
    }

    /** The one series the keys given select, rendered in {@code tz} or the store zone. */
    @GET
    @Path("series")
    @Produces({MediaType.APPLICATION_JSON, SeriesResourceMethods.CSV})
    public Response read(@Context UriInfo uri, @Context Request request) {
        List<Variant> variants = Variant.mediaTypes(JSON_UTF8, CSV_UTF8).build();
        Variant variant = request.selectVariant(variants);
        if (variant == null) {
            throw new NotAcceptableException(Response.notAcceptable(variants).build());
        }
        TimeseriesStore store = store();
        SeriesQuery query = SeriesQuery.parse(uri.getQueryParameters(), store.keyFields(), Set.of(SeriesQuery.TZ));
        ZoneId zone = query.zone(store.zone());
        TimeseriesEntry found = store.getOneEntry(query.filter());
        boolean csv = variant.getMediaType().isCompatible(CSV_UTF8);
        StreamingOutput entity = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
            if (csv) {
                TimeseriesCsvWriter.write(out, found.series(), zone);
            } else {
                TimeseriesJsonWriter.write(out, found, zone);
            }
            out.flush();
        };
        return Response.ok(entity, csv ? CSV_UTF8 : JSON_UTF8).build();
    }

    /** Every series matching the key fields given, as NDJSON, streamed in bounded memory ({@link TimeseriesNdjsonStream}). */
    @GET
    @Path("series/many")
    @Produces(NdjsonSeriesStream.MEDIA_TYPE)
    public Response readMany(@Context UriInfo uri) {
        TimeseriesStore store = store();
        SeriesQuery query = SeriesQuery.parse(uri.getQueryParameters(), store.keyFields(), Set.of(SeriesQuery.TZ));
        ZoneId zone = query.zone(store.zone());
        // Bad filter values must be a 400 now: once the stream starts, the status is sent.
        SeriesKey filter = store.checkFilter(query.filter());
        return Response.ok(new TimeseriesNdjsonStream(store, filter, zone), NdjsonSeriesStream.MEDIA_TYPE).build();
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
        SeriesQuery query = SeriesQuery.parse(uri.getQueryParameters(), store.keyFields(), Set.of(SeriesQuery.TZ));
        ZoneId zone = query.zone(store.zone());
        // Bad filter values must be a 400 now: once the stream starts, the status is sent.
        SeriesKey filter = store.checkFilter(query.filter());
        return new ZipExportStream("series " + filter, out -> TimeseriesStoreExport.write(store, filter, zone, out))
                .attachment(exportName(uri));
    }

    /** What {@code export.zip} names its file after: by default the last segment of this resource's path. */
    protected String exportName(UriInfo uri) {
        return ZipExportStream.lastPathSegment(uri);
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
        return Response.ok(Json.createObjectBuilder().add("deleted", deleted).build().toString(), JSON_UTF8).build();
    }

    /** How many series match the key fields given (none: every series). */
    @GET
    @Path("count")
    @Produces(MediaType.APPLICATION_JSON)
    public Response count(@Context UriInfo uri) {
        TimeseriesStore store = store();
        SeriesKey filter = SeriesQuery.parse(uri.getQueryParameters(), store.keyFields(), Set.of()).filter();
        return Response.ok(Json.createObjectBuilder().add("count", store.count(filter)).build().toString(), JSON_UTF8).build();
    }
}
