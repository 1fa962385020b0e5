package io.holcstore.rest.error;

import jakarta.ws.rs.WebApplicationException;

/**
 * The errors JAX-RS raises itself (no such path, method not allowed, unsupported media type, not acceptable,
 * a parameter it could not convert...), keeping their status and giving them a kind.
 */
public final class WebApplicationErrors {

    private WebApplicationErrors() {
    }

    public static HttpError of(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        return HttpError.of(status, kind(status), e.getMessage());
    }

    static String kind(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "not_authorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "body_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "server_error" : "http_" + status;
        };
    }
}
