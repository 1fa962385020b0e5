package io.holcstore.rest.api;

import io.holcstore.rest.export.ExportLayout;
import io.holcstore.rest.export.LoadCurveStoreExport;
import io.holcstore.series.Series;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.loadcurve.HoleSearch;
import io.holcstore.store.loadcurve.LoadCurveEntry;
import io.holcstore.store.loadcurve.LoadCurveQuery;
import io.holcstore.store.loadcurve.LoadCurveStore;
import io.holcstore.store.loadcurve.LoadCurveWrite;
import io.holcstore.store.loadcurve.MissingGroups;
import io.holcstore.store.loadcurve.TimeRange;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.logging.Logger;

import static io.holcstore.rest.api.LoadCurveParameters.CLIENT;
import static io.holcstore.rest.api.LoadCurveParameters.COMBINED_BY;
import static io.holcstore.rest.api.LoadCurveParameters.COMBINED_DELAY;
import static io.holcstore.rest.api.LoadCurveParameters.FREQ;
import static io.holcstore.rest.api.LoadCurveParameters.FREQ_MARGIN;
import static io.holcstore.rest.api.LoadCurveParameters.FROM;
import static io.holcstore.rest.api.LoadCurveParameters.ORDER_BY;
import static io.holcstore.rest.api.LoadCurveParameters.PRM;
import static io.holcstore.rest.api.LoadCurveParameters.TO;
import static io.holcstore.rest.api.LoadCurveParameters.TZ;
import static io.holcstore.rest.api.LoadCurveParameters.VERSION;
import static io.holcstore.rest.api.LoadCurveParameters.VERSIONING;
import static io.holcstore.rest.api.LoadCurveParameters.VERSIONING_BY;

/**
 * The resource methods of {@link LoadCurveResource}, the class an application subclasses; useless alone:
 * {@link #store()} fails here. Concrete, apart from that abstract class, for the reason {@link SeriesResourceMethods}
 * gives: JAX-RS warns at every start about each abstract class with {@code @Path} methods.
 */
public class LoadCurveResourceMethods extends StoreResourceMethods {
    private static final Logger LOG = Logger.getLogger(LoadCurveResourceMethods.class.getName());
    private static final Set<String> SEARCH = Set.of(CLIENT, FROM, TO, FREQ, PRM, COMBINED_BY, ORDER_BY, COMBINED_DELAY, TZ);

    protected LoadCurveResourceMethods() {
    }

    /**
     * The store this resource serves; {@link LoadCurveResource} declares it abstract.
     *
     * @throws IllegalStateException always: only a subclass of {@link LoadCurveResource} has a store
     */
    protected LoadCurveStore store() {
        throw new IllegalStateException(getClass().getName() + " serves no store: extend LoadCurveResource");
    }

    /** Writes one curve (JSON or CSV body); answers {@code {"prm", "version"}}, the version null when nothing was written. */
    @PUT
    @Path("curves/{prm}")
    @Consumes({MediaType.APPLICATION_JSON, SeriesResourceMethods.CSV})
    @Produces(MediaType.APPLICATION_JSON)
    public Response write(@PathParam("prm") String prm, @Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        LoadCurveStore store = store();
        LoadCurveParameters parameters = LoadCurveParameters.parse(uri.getQueryParameters(), Set.of(CLIENT, VERSIONING, VERSIONING_BY));
        int clientId = parameters.client();
        LoadCurveWrite write = parameters.write();
        InputStream limited = bodyLimit().limit(body, headers.getLength());
        // No step of its own: a dense body gives its own.
        Series series = HttpBodies.readSeries(limited, headers.getMediaType(), null, store.zone());
        OptionalInt version = store.setLc(prm, series, clientId, write);
        LOG.fine(() -> "PUT curve " + prm + " of client " + clientId + " (" + write + "): version " + version);
        JsonObjectBuilder answer = Json.createObjectBuilder().add("prm", prm);
        if (version.isPresent()) {
            answer.add("version", version.getAsInt());
        } else {
            answer.addNull("version");
        }
        return HttpBodies.json(answer);
    }

    /** The entries of one curve as a JSON array (empty when nothing is stored). */
    @GET
    @Path("curves/{prm}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response read(@PathParam("prm") String prm, @Context UriInfo uri) {
        LoadCurveStore store = store();
        LoadCurveParameters parameters = LoadCurveParameters.parse(uri.getQueryParameters(), LoadCurveParameters.READ);
        ZoneId zone = parameters.zone(store.zone());
        List<LoadCurveEntry> entries = store.getLc(prm, parameters.client(), parameters.query());
        return HttpBodies.stream(HttpBodies.JSON_UTF8, out -> LoadCurveJson.writeEntries(out, entries, zone));
    }

    /** The entries of the {@code prm}s given (every prm of the client without any) as NDJSON, one entry per line, streamed. */
    @GET
    @Path("curves")
    @Produces("application/x-ndjson")
    public Response readMany(@Context UriInfo uri) {
        LoadCurveStore store = store();
        CurveSelection selected = CurveSelection.of(uri, store);
        return Response.ok(new LoadCurveNdjsonStream(store, selected.prms(), selected.clientId(), selected.query(),
                selected.zone()), "application/x-ndjson").build();
    }

    /**
     * The curves of the {@code prm}s given (every prm of the client without any), read as {@code curves} reads them
     * ({@code combined=false}: every stored version), as the zip of SPEC 3.4 ({@link LoadCurveStoreExport}), streamed
     * in bounded memory ({@link ZipExportStream}) as an attachment named {@code export_<exportName>_<UTC instant>.zip}.
     * A selection without curves is a zip holding only the summary's header line.
     */
    @GET
    @Path("export.zip")
    @Produces(ExportLayout.MEDIA_TYPE)
    public Response export(@Context UriInfo uri) {
        LoadCurveStore store = store();
        CurveSelection selected = CurveSelection.of(uri, store);
        List<String> prms = selected.prms();
        int clientId = selected.clientId();
        return new ZipExportStream("curves of client " + clientId + (prms.isEmpty() ? "" : " " + prms),
                out -> LoadCurveStoreExport.write(store, prms, clientId, selected.query(), selected.zone(), out))
                .attachment(exportName(uri));
    }

    /** Deletes the versions of one curve (one version with {@code version}); answers {@code {"deleted": rows}}. */
    @DELETE
    @Path("curves/{prm}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response delete(@PathParam("prm") String prm, @Context UriInfo uri) {
        return clear(List.of(prm), uri);
    }

    /**
     * Deletes the curves of the {@code prm}s given, or every curve of the client without any (one version with
     * {@code version}, which then needs prms); answers {@code {"deleted": rows}}.
     */
    @DELETE
    @Path("curves")
    @Produces(MediaType.APPLICATION_JSON)
    public Response deleteMany(@Context UriInfo uri) {
        return clear(null, uri);
    }

    private Response clear(List<String> pathPrm, UriInfo uri) {
        LoadCurveStore store = store();
        LoadCurveParameters parameters = LoadCurveParameters.parse(uri.getQueryParameters(),
                pathPrm == null ? Set.of(CLIENT, VERSION, PRM) : Set.of(CLIENT, VERSION));
        int clientId = parameters.client();
        List<String> prms = pathPrm == null ? parameters.all(PRM) : pathPrm;
        int deleted;
        if (prms.isEmpty()) {
            if (parameters.version().isPresent()) {
                throw new InvalidArgumentException(VERSION, "needs the prms whose version to delete (give prm)");
            }
            deleted = store.clearAll(clientId, parameters.attributes());
        } else if (parameters.version().isPresent()) {
            deleted = store.clearVersion(prms, clientId, parameters.version().get(), parameters.attributes());
        } else {
            deleted = store.clear(prms, clientId, parameters.attributes());
        }
        LOG.fine(() -> "DELETE curves " + (prms.isEmpty() ? "(all)" : prms) + " of client " + clientId + ": " + deleted + " rows");
        return HttpBodies.json(Json.createObjectBuilder().add("deleted", deleted));
    }

    /** The number of stored rows (versions) of a client with the attribute values given: {@code {"count": n}}. */
    @GET
    @Path("count")
    @Produces(MediaType.APPLICATION_JSON)
    public Response count(@Context UriInfo uri) {
        LoadCurveStore store = store();
        LoadCurveParameters parameters = LoadCurveParameters.parse(uri.getQueryParameters(), Set.of(CLIENT));
        return HttpBodies.json(Json.createObjectBuilder().add("count", store.count(parameters.client(), parameters.attributes())));
    }

    /**
     * The holes of each curve on the grid {@code from, from + freq, ...} up to {@code to}: {@code {"<prm>": [{"start",
     * "end"}, ...]}}, for the {@code prm}s given or every prm of the client; {@code freqMargin} widens each hole.
     */
    @GET
    @Path("holes")
    @Produces(MediaType.APPLICATION_JSON)
    public Response holes(@Context UriInfo uri) {
        LoadCurveStore store = store();
        Set<String> taken = new HashSet<>(SEARCH);
        taken.add(FREQ_MARGIN);
        LoadCurveParameters parameters = LoadCurveParameters.parse(uri.getQueryParameters(), taken);
        ZoneId zone = parameters.zone(store.zone());
        HoleSearch search = HoleSearch.everyPrm().reading(parameters.query())
                .freqMargin(parameters.duration(FREQ_MARGIN).orElse(Duration.ZERO));
        if (!parameters.all(PRM).isEmpty()) {
            search = search.prms(parameters.all(PRM));
        }
        Map<String, List<TimeRange>> holes = store.findHoles(parameters.client(), parameters.instant(FROM, store.zone()),
                parameters.instant(TO, store.zone()), freq(parameters), search);
        return HttpBodies.stream(HttpBodies.JSON_UTF8, out -> LoadCurveJson.writeHoles(out, holes, zone));
    }

    /**
     * The intervals of {@code [from, to]} the {@code prm}s given (at least one) miss, each with the prms missing it:
     * {@code {"groups": [{"start", "end", "prms": [...]}], "available": [prms with a value in the range]}}.
     */
    @GET
    @Path("groups")
    @Produces(MediaType.APPLICATION_JSON)
    public Response groups(@Context UriInfo uri) {
        LoadCurveStore store = store();
        LoadCurveParameters parameters = LoadCurveParameters.parse(uri.getQueryParameters(), SEARCH);
        ZoneId zone = parameters.zone(store.zone());
        List<String> prms = parameters.all(PRM);
        if (prms.isEmpty()) {
            throw new InvalidArgumentException(PRM, "is required (the prms to group, one parameter each)");
        }
        Instant from = parameters.instant(FROM, store.zone());
        Instant to = parameters.instant(TO, store.zone());
        MissingGroups found = store.findGroups(parameters.client(), prms, new TimeRange(from, to), freq(parameters), parameters.query());
        return HttpBodies.stream(HttpBodies.JSON_UTF8, out -> LoadCurveJson.writeGroups(out, found, zone));
    }

    private static Duration freq(LoadCurveParameters parameters) {
        return parameters.duration(FREQ).orElseThrow(() -> new InvalidArgumentException(FREQ, "is required (an ISO-8601 duration such as PT30M)"));
    }

    /**
     * What a streamed read of curves selects: the {@code prm}s (empty for every prm of the client), the client, the
     * checked query and the zone to render in ({@code tz} or the store zone).
     */
    private record CurveSelection(List<String> prms, int clientId, LoadCurveQuery query, ZoneId zone) {
        static CurveSelection of(UriInfo uri, LoadCurveStore store) {
            Set<String> taken = new HashSet<>(LoadCurveParameters.READ);
            taken.add(PRM);
            LoadCurveParameters parameters = LoadCurveParameters.parse(uri.getQueryParameters(), taken);
            int clientId = parameters.client();
            // Bad names and values must be a 400 now: once the stream starts, the status is sent.
            LoadCurveQuery query = store.checkQuery(parameters.query());
            List<String> prms = parameters.all(PRM);
            prms.forEach(prm -> InvalidArgumentException.requireNonNull(prm, PRM));
            return new CurveSelection(prms, clientId, query, parameters.zone(store.zone()));
        }
    }
}
