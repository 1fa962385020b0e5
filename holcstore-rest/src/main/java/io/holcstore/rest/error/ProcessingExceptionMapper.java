package io.holcstore.rest.error;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A failure of a JAX-RS entity provider, as a JSON body: 400 when a bad JSON body caused it ({@link ProcessingErrors}). */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        return ErrorAnswers.answer(ProcessingErrors.of(e), e);
    }
}
