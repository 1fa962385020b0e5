package io.holcstore.example.security;

import io.holcstore.rest.error.HttpError;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The body of the server's own 401 and 403 answers (the {@code <error-page>}s of {@code WEB-INF/web.xml}): the same
 * JSON error as the rest of the API, {@code {"error": "not_authorized" | "forbidden", "message": ...}}, instead of the
 * server's HTML page. These answers come before any JAX-RS resource runs, so JAX-RS's exception mappers never see them.
 */
@WebServlet(SecurityErrorServlet.PATH)
public class SecurityErrorServlet extends HttpServlet {
    static final String PATH = "/security-error";
    private static final long serialVersionUID = 1L;

    /** {@code service}, not {@code doGet}: the error dispatch keeps the refused request's method (PUT, DELETE...). */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given ? given : HttpServletResponse.SC_NOT_FOUND;
        HttpError error = switch (status) {
            case HttpServletResponse.SC_UNAUTHORIZED -> HttpError.of(status, "not_authorized",
                    "this resource needs the credentials of a user with its role (HTTP Basic)");
            case HttpServletResponse.SC_FORBIDDEN -> HttpError.of(status, "forbidden", caller(request)
                    + " lacks the role this resource needs");
            default -> HttpError.of(HttpServletResponse.SC_NOT_FOUND, "not_found", "no such resource");
        };
        response.setStatus(error.status());
        response.setContentType(HttpError.JSON.toString());
        response.getWriter().write(error.body().toString());
    }

    private static String caller(HttpServletRequest request) {
        String user = request.getRemoteUser();
        return user == null ? "the caller" : "user '" + user + "'";
    }
}
