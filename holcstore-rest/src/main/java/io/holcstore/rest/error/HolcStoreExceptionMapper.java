package io.holcstore.rest.error;

import io.holcstore.HolcStoreException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every typed HoLcStore error, from the store or the HTTP API itself, as its status and JSON body ({@link HolcStoreErrors}). */
@Provider
public class HolcStoreExceptionMapper implements ExceptionMapper<HolcStoreException> {

    @Override
    public Response toResponse(HolcStoreException e) {
        return ErrorAnswers.answer(HolcStoreErrors.of(e), e);
    }
}
