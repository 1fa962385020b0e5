package io.holcstore.it.smoke;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Test-only JAX-RS resource of {@code HarnessSmokeIT}: {@code GET /api/smoke/{id}} returns the item's label. */
@Path("smoke")
public class SmokeResource {

    @EJB
    private SmokeItems items;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String ping() {
        return "pong";
    }

    /** Echoes a GET request's body: proves the pre-boot setting that keeps GET bodies (STACK 5) is applied. */
    @GET
    @Path("echo")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public String echo(String body) {
        return body;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_PLAIN)
    public Response label(@PathParam("id") long id) {
        String label = items.label(id);
        return label == null ? Response.status(Response.Status.NOT_FOUND).build() : Response.ok(label).build();
    }
}
