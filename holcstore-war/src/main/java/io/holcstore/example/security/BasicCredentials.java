package io.holcstore.example.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The user name and password of an {@code Authorization: Basic ...} header (RFC 7617, UTF-8). */
final class BasicCredentials {
    private static final String PREFIX = "basic ";

    private BasicCredentials() {
    }

    /** Whether the request carries an {@code Authorization: Basic} header, well-formed or not. */
    static boolean sent(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** The credential of the header; empty if there is none or it is not valid Base64 of {@code user:password}. */
    static Optional<UsernamePasswordCredential> of(HttpServletRequest request) {
        if (!sent(request)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(request.getHeader("Authorization").substring(PREFIX.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
