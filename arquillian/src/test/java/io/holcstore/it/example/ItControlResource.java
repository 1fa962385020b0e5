package io.holcstore.it.example;

import io.holcstore.it.sync.ScriptedFaults;
import io.holcstore.it.sync.ScriptedFaults.Answer;
import io.holcstore.it.sync.ScriptedFaults.Endpoint;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a client-side test drives in the example WAR it deployed, under {@code /api/it}: the answers of the scripted
 * upstream ({@link ScriptedFaults}, in front of the example's own sync server) and the reference impersonation
 * ({@link ReferenceUpstream}); and their journals.
 */
@Path("it")
@Produces(MediaType.APPLICATION_JSON)
public class ItControlResource {
    @EJB
    private ScriptedFaults faults;
    @EJB
    private ReferenceUpstream reference;

    /**
     * Scripts the next answers of {@code updates} or {@code pack}: {@code answers=503,429:1,slow:6000,real} (a 429
     * with {@code Retry-After: 1}, the real answer 6 s late); or with
     * {@code always=404}, every answer from now on.
     */
    @PUT
    @Path("faults/{endpoint}")
    public String script(@PathParam("endpoint") String endpoint, @QueryParam("answers") String answers,
                         @QueryParam("always") String always) {
        Endpoint which = Endpoint.valueOf(endpoint.toUpperCase(Locale.ROOT));
        if (always != null) {
            faults.always(which, answer(always));
        } else {
            faults.script(which, Arrays.stream(answers.split(",")).map(ItControlResource::answer).toArray(Answer[]::new));
        }
        return "{}";
    }

    /** Real answers everywhere again; the journal emptied. */
    @DELETE
    @Path("faults")
    public String clearFaults() {
        faults.clear();
        return "{}";
    }

    @GET
    @Path("faults")
    public String faultsJournal() {
        return journal(faults.journal());
    }

    @PUT
    @Path("reference")
    public String impersonateReference(@QueryParam("active") boolean active,
                                       @QueryParam("nextElsewhere") boolean nextElsewhere) {
        reference.activate(active, nextElsewhere);
        return "{}";
    }

    @GET
    @Path("reference")
    public String referenceJournal() {
        return journal(reference.journal());
    }

    private static Answer answer(String text) {
        if (text.equals("real")) {
            return Answer.REAL;
        }
        if (text.startsWith("slow:")) {
            return Answer.slow(Long.parseLong(text.substring("slow:".length())));
        }
        if (text.startsWith("429:")) {
            return Answer.tooManyRequests(Integer.parseInt(text.substring("429:".length())));
        }
        return Answer.status(Integer.parseInt(text));
    }

    private static String journal(List<String> lines) {
        return Json.createArrayBuilder(lines).build().toString();
    }
}
