package io.holcstore.rest.api;

import io.holcstore.mapping.StoreSettings;
import io.holcstore.rest.export.ChunkStoreExport;
import io.holcstore.rest.export.ExportLayout;
import io.holcstore.series.Series;
import io.holcstore.store.KeyedSeries;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.SeriesNotFoundException;
import io.holcstore.store.TimeseriesChunkStore;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The resource methods of {@link SeriesResource}, the class an application subclasses; useless alone:
 * {@link #store()} fails here.
 *
 * <p>Concrete, and apart from that abstract class, for one reason: the servlet container hands JAX-RS every class
 * that declares a {@code @Path}, on a method as on the class, and JAX-RS, serving an {@code Application} that lists no
 * classes, registers them all, and warns at every start of each abstract one that it "cannot be instantiated". This
 * one it can instantiate, and never does: without a class-level {@code @Path} it is no root resource, so no request
 * reaches it; requests reach the subclasses, which inherit these methods and their annotations.
 */
public class SeriesResourceMethods extends StoreResourceMethods {
    public static final String CSV = "text/csv";

    private static final Logger LOG = Logger.getLogger(SeriesResourceMethods.class.getName());

    protected SeriesResourceMethods() {
    }

    /**
     * The store this resource serves; {@link SeriesResource} declares it abstract.
     *
     * @throws IllegalStateException always: only a subclass of {@link SeriesResource} has a store
     */
    protected TimeseriesChunkStore store() {
        throw new IllegalStateException(getClass().getName() + " serves no store: extend SeriesResource");
    }

    /** Writes one series; {@code mode} is insert (the default; refused on a sync store), update or replace. */
    @PUT
    @Path("series")
    @Consumes({MediaType.APPLICATION_JSON, CSV})
    public Response write(@Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        TimeseriesChunkStore store = store();
        SeriesQuery query = SeriesQuery.parse(uri.getQueryParameters(), store.keyFields(), Set.of(SeriesQuery.MODE));
        SeriesKey key = query.seriesKey();
        WriteMode mode = query.mode();
        StoreSettings settings = store.settings();
        InputStream limited = bodyLimit().limit(body, headers.getLength());
        Series series = HttpBodies.readSeries(limited, headers.getMediaType(), settings.step(), settings.zone());
        int rows = store.setTs(key, series, mode);
        LOG.fine(() -> "PUT " + key + " (" + mode + ", " + series.size() + " points): " + rows + " chunks written");
        return Response.noContent().build();
    }

    /** One series within the window, rendered in {@code tz} or the store zone. */
    @GET
    @Path("series")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response read(@Context UriInfo uri, @Context Request request) {
        boolean csv = HttpBodies.answersCsv(request);
        TimeseriesChunkStore store = store();
        ReadRequest read = ReadRequest.of(uri, store);
        ZoneId zone = read.zone();
        KeyedSeries found = readOne(store, read.query().seriesKey(), read.range());
        return HttpBodies.stream(csv ? HttpBodies.CSV_UTF8 : HttpBodies.JSON_UTF8, out -> {
            if (csv) {
                SeriesCsvWriter.write(out, found.series(), zone);
            } else {
                SeriesJsonWriter.write(out, found.key(), found.series(), zone);
            }
        });
    }

    /** Every series matching the key fields given, as NDJSON, streamed in bounded memory ({@link NdjsonSeriesStream}). */
    @GET
    @Path("series/many")
    @Produces(NdjsonSeriesStream.MEDIA_TYPE)
    public Response readMany(@Context UriInfo uri) {
        TimeseriesChunkStore store = store();
        ReadRequest read = ReadRequest.of(uri, store);
        SeriesKey filter = read.query().filter();
        ReadRange range = read.range();
        ZoneId zone = read.zone();
        // Bad filter values must be a 400 now: once the stream starts, the status is sent.
        store.checkFilter(filter);
        return Response.ok(new NdjsonSeriesStream(store, filter, range, zone), NdjsonSeriesStream.MEDIA_TYPE).build();
    }

    /**
     * Every series matching the key fields given, within {@code start}/{@code end}, rendered in {@code tz} or the store
     * zone, as the zip of SPEC 3.4 ({@link io.holcstore.rest.export.ExportLayout}), streamed in bounded memory
     * ({@link ZipExportStream}) as an attachment named {@code export_<exportName>_<UTC instant>.zip}. A selection
     * without series is a zip holding only the summary's header line, not a 404: an export of nothing is a valid,
     * empty export, and it is known to be empty only once the store has been read.
     */
    @GET
    @Path("export.zip")
    @Produces(ExportLayout.MEDIA_TYPE)
    public Response export(@Context UriInfo uri) {
        TimeseriesChunkStore store = store();
        ReadRequest read = ReadRequest.of(uri, store);
        // Bad filter values must be a 400 now: once the stream starts, the status is sent.
        SeriesKey filter = store.checkFilter(read.query().filter());
        ZoneId zone = read.zone();
        ReadRange range = read.range();
        return new ZipExportStream("series " + filter,
                out -> ChunkStoreExport.write(store, filter, range.start(), range.end(), zone, out))
                .attachment(exportName(uri));
    }

    /**
     * Deletes the series matching the key fields given (at least one): tombstones on a sync store, so that its
     * clients learn of it, removal otherwise. Answers the number of chunks deleted.
     */
    @DELETE
    @Path("series")
    @Produces(MediaType.APPLICATION_JSON)
    public Response delete(@Context UriInfo uri) {
        TimeseriesChunkStore store = store();
        SeriesQuery query = SeriesQuery.parse(uri.getQueryParameters(), store.keyFields(), Set.of());
        SeriesKey filter = query.nonEmptyFilter();
        boolean sync = store.settings().sync();
        int deleted = store.delete(filter, sync);
        LOG.fine(() -> "DELETE " + filter + ": " + deleted + " chunks " + (sync ? "tombstoned" : "removed"));
        return HttpBodies.json(Json.createObjectBuilder().add("deleted", deleted));
    }

    /** The series if the store holds a value of it in the window: the store's keyed read, so attrs carry typed values. */
    private static KeyedSeries readOne(TimeseriesChunkStore store, SeriesKey key, ReadRange range) {
        List<KeyedSeries> found = new ArrayList<>(1);
        store.yieldManyTs(key, range.start(), range.end(), true, found::add);
        if (found.isEmpty()) {
            throw new SeriesNotFoundException(key);
        }
        return found.get(0);
    }

    /** The parameters of a read: keys or filter, the window, the zone to render in (the store zone by default). */
    private record ReadRequest(SeriesQuery query, ReadRange range, ZoneId zone) {
        static ReadRequest of(UriInfo uri, TimeseriesChunkStore store) {
            ZoneId storeZone = store.settings().zone();
            SeriesQuery query = SeriesQuery.parse(uri.getQueryParameters(), store.keyFields(),
                    Set.of(SeriesQuery.START, SeriesQuery.END, SeriesQuery.TZ));
            return new ReadRequest(query, query.range(storeZone), query.zone(storeZone));
        }
    }
}
