package io.holcstore.rest.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own errors (415 for a wrong content type, 406 for an Accept the resource cannot produce, 404, 405...)
 * as JSON bodies instead of the server's HTML pages. The original response's headers ({@code Allow}...) are kept;
 * a response that already carries an entity (built by an application resource) is returned as it is.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original != null && original.hasEntity()) {
            return original;
        }
        HttpError error = WebApplicationErrors.of(e);
        Response answer = ErrorAnswers.answer(error, e);
        if (original == null) {
            return answer;
        }
        return Response.fromResponse(original).type(HttpError.JSON).entity(answer.getEntity()).build();
    }
}
