package io.holcstore.rest.sync.client;

import io.holcstore.store.InvalidArgumentException;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Headers a client sends with every request to its upstream, and only there (its requests never leave the
 * upstream's {@link UpstreamOrigin}): typically credentials, such as the reference's {@code Authorization: Token <t>}
 * ({@link #token}) or HTTP Basic ({@link #basic}), sent up front rather than through a JDK {@code Authenticator},
 * which would answer any host that asks. Names are checked when added, so that a bad one fails at configuration,
 * not at the first pull. Immutable; {@link #toString} names the headers but never shows their values.
 */
public final class UpstreamHeaders {
    private static final UpstreamHeaders NONE = new UpstreamHeaders(Map.of());
    /** Set by the client itself ({@code Accept}, {@code Content-Type}) or by the HTTP layer, which refuses them. */
    private static final Set<String> RESERVED = Set.of("accept", "content-type", "connection", "content-length",
            "expect", "host", "upgrade");
    private static final String TOKEN_CHARS = "!#$%&'*+-.^_`|~";

    private final Map<String, String> headers;

    private UpstreamHeaders(Map<String, String> headers) {
        this.headers = headers;
    }

    /** No header. */
    public static UpstreamHeaders none() {
        return NONE;
    }

    /** {@code Authorization: Token <token>}, what the reference's sync server (Django REST framework) takes. */
    public static UpstreamHeaders token(String token) {
        return token("Token", token);
    }

    /** {@code Authorization: <scheme> <token>}, e.g. {@code Bearer} for an OAuth server. */
    public static UpstreamHeaders token(String scheme, String token) {
        requireToken(requireText(scheme, "token scheme"), "token scheme");
        return none().with("Authorization", scheme + " " + requireText(token, "token"));
    }

    /** {@code Authorization: Basic <base64 of user:password>}, HTTP Basic sent up front. */
    public static UpstreamHeaders basic(String user, String password) {
        requireText(user, "user");
        InvalidArgumentException.requireNonNull(password, "password");
        if (user.indexOf(':') >= 0) {
            throw new InvalidArgumentException("user", "must not hold ':' in HTTP Basic");
        }
        String pair = user + ":" + password;
        return none().with("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * These headers and {@code name: value}, replacing a header of that name (names are case-insensitive).
     *
     * @throws InvalidArgumentException naming the header if its name is not an HTTP token, is one the client or the
     *                                  HTTP layer sets itself, or its value holds a line break or control character
     */
    public UpstreamHeaders with(String name, String value) {
        requireToken(name, "header name");
        InvalidArgumentException.requireNonNull(value, "header " + name);
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new InvalidArgumentException("header " + name, "is set by the client or its HTTP layer; it cannot be"
                    + " configured");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' && c != '\t' || c == 0x7F) {
                throw new InvalidArgumentException("header " + name, "has a control character in its value at " + i);
            }
        }
        Map<String, String> more = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        more.putAll(headers);
        more.remove(name);
        more.put(name, value);
        return new UpstreamHeaders(Collections.unmodifiableMap(new LinkedHashMap<>(more)));
    }

    /** The headers by name. */
    public Map<String, String> asMap() {
        return headers;
    }

    /** Adds the headers to a request; the caller sends it to the upstream's origin only. */
    void addTo(HttpRequest.Builder request) {
        headers.forEach(request::header);
    }

    private static void requireToken(String name, String argument) {
        InvalidArgumentException.requireNonNull(name, argument);
        boolean token = !name.isEmpty() && name.chars().allMatch(c -> c < 0x7F && (Character.isLetterOrDigit(c)
                || TOKEN_CHARS.indexOf(c) >= 0));
        if (!token) {
            throw new InvalidArgumentException(argument, "must be an HTTP token (letters, digits, "
                    + TOKEN_CHARS + "), got '" + name + "'");
        }
    }

    private static String requireText(String text, String argument) {
        InvalidArgumentException.requireNonNull(text, argument);
        if (text.isBlank()) {
            throw new InvalidArgumentException(argument, "must not be blank");
        }
        return text;
    }

    /** Same headers, same values (names compared case-insensitively). */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof UpstreamHeaders that) || headers.size() != that.headers.size()) {
            return false;
        }
        Map<String, String> theirs = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        theirs.putAll(that.headers);
        return headers.entrySet().stream().allMatch(header -> header.getValue().equals(theirs.get(header.getKey())));
    }

    @Override
    public int hashCode() {
        return headers.entrySet().stream()
                .mapToInt(header -> header.getKey().toLowerCase(Locale.ROOT).hashCode() ^ header.getValue().hashCode())
                .sum();
    }

    @Override
    public String toString() {
        return "headers " + headers.keySet();
    }
}
