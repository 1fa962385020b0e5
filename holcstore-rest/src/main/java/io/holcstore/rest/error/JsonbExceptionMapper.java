package io.holcstore.rest.error;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body JSON-B could not bind (bad syntax, a member of the wrong type) when a resource takes an object
 * parameter: 400, as the request is at fault.
 */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException e) {
        return ErrorAnswers.answer(HttpError.of(400, "malformed_body", e.getMessage()), e);
    }
}
