package io.holcstore.rest.error;

import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body JSON-P could not parse (read by a JAX-RS JSON provider, not by this API's readers): 400. */
@Provider
public class JsonParsingExceptionMapper implements ExceptionMapper<JsonParsingException> {

    @Override
    public Response toResponse(JsonParsingException e) {
        return ErrorAnswers.answer(HttpError.of(400, "malformed_body", e.getMessage()), e);
    }
}
