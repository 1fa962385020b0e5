package io.holcstore.rest.sync.client;

import io.holcstore.store.InvalidArgumentException;
import io.holcstore.sync.ChunkSourceException;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Locale;
import java.util.Objects;

/**
 * The origin (scheme, host, port) of an upstream's sync URL: the only place a client may send requests, credentials
 * and configured headers to. A server's {@code next} link is followed only within it ({@link #requireSame}), so an
 * upstream (or whoever tampers with its answers) cannot send a client, its token or its password, to another host;
 * and {@link #authenticator} answers a credential challenge of this origin only, where the JDK's
 * {@code Authenticator} answers any host that asks. A server behind a TLS-terminating proxy must therefore build its
 * links with the scheme and host its clients use (Django: {@code SECURE_PROXY_SSL_HEADER}, {@code USE_X_FORWARDED_HOST}):
 * an {@code http} link from an {@code https} upstream is refused, as it would send the credentials in clear.
 * Immutable and thread-safe.
 */
public final class UpstreamOrigin {
    private static final int HTTP_PORT = 80;
    private static final int HTTPS_PORT = 443;

    private final String scheme;
    private final String host;
    private final int port;

    private UpstreamOrigin(String scheme, String host, int port) {
        this.scheme = scheme;
        this.host = host;
        this.port = port;
    }

    /**
     * The origin of {@code url}.
     *
     * @param argument what the URL is called, for the error
     * @throws InvalidArgumentException naming {@code argument} if the URL is not an absolute http(s) URL with a host
     */
    public static UpstreamOrigin of(URI url, String argument) {
        InvalidArgumentException.requireNonNull(url, argument);
        String scheme = url.getScheme() == null ? null : url.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || url.getHost() == null) {
            throw new InvalidArgumentException(argument, "must be an absolute http or https URL with a host, got '"
                    + url + "'");
        }
        return new UpstreamOrigin(scheme, url.getHost().toLowerCase(Locale.ROOT), effectivePort(scheme, url.getPort()));
    }

    /** Whether {@code url} lies within this origin (same scheme, host and port, the default port written or not). */
    public boolean contains(URI url) {
        if (url == null || url.getScheme() == null || url.getHost() == null) {
            return false;
        }
        String otherScheme = url.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals(otherScheme) && host.equals(url.getHost().toLowerCase(Locale.ROOT))
                && port == effectivePort(otherScheme, url.getPort());
    }

    /**
     * The link {@code link}, a URL within this origin.
     *
     * @param what what gave the link, e.g. {@code "GET http://host/sync/demo/updates/?.. (next link)"}, for the error
     * @throws ChunkSourceException naming the link if it is no URL or leads to another origin: nothing is sent there
     */
    public URI requireSame(String link, String what) {
        if (link == null) {
            throw new ChunkSourceException(what + " gave no link to follow");
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            throw new ChunkSourceException(what + " gave a link that is no URL: " + link, e);
        }
        if (!contains(uri)) {
            throw new ChunkSourceException(what + " gave the link " + link + ", outside the upstream's origin " + this
                    + ": it is not followed, so that neither the pull nor its credentials go to another server");
        }
        return uri;
    }

    /**
     * An authenticator giving {@code credentials} to a server of this origin that asks for them, and nothing to any
     * other host or to a proxy: what a client built with {@code HttpClient.Builder.authenticator} needs so that a
     * redirect cannot take its password elsewhere.
     */
    public Authenticator authenticator(PasswordAuthentication credentials) {
        return new OriginAuthenticator(this, Objects.requireNonNull(credentials, "credentials"));
    }

    /** Whether {@code authenticator} is one of {@link #authenticator}'s for this origin: it answers no other host. */
    public boolean bound(Authenticator authenticator) {
        return authenticator instanceof OriginAuthenticator bound && bound.origin.equals(this);
    }

    /** Answers the challenges of one origin's servers only. */
    private static final class OriginAuthenticator extends Authenticator {
        private final UpstreamOrigin origin;
        private final PasswordAuthentication credentials;

        OriginAuthenticator(UpstreamOrigin origin, PasswordAuthentication credentials) {
            this.origin = origin;
            this.credentials = credentials;
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            URL asking = getRequestingURL();
            if (getRequestorType() != RequestorType.SERVER || asking == null || !origin.contains(toUri(asking))) {
                return null;
            }
            return credentials;
        }
    }

    private static URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int effectivePort(String scheme, int port) {
        if (port != -1) {
            return port;
        }
        return "https".equals(scheme) ? HTTPS_PORT : HTTP_PORT;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UpstreamOrigin that && scheme.equals(that.scheme) && host.equals(that.host)
                && port == that.port;
    }

    @Override
    public int hashCode() {
        return Objects.hash(scheme, host, port);
    }

    /** {@code scheme://host:port}. */
    @Override
    public String toString() {
        return scheme + "://" + host + ":" + port;
    }
}
