package io.holcstore.rest.sync.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.store.InvalidArgumentException;
import io.holcstore.sync.ChunkSourceException;
import org.junit.jupiter.api.Test;

import java.net.Authenticator;
import java.net.InetAddress;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.URL;

/** Where a client may send its requests and credentials: its upstream's scheme, host and port, nowhere else. */
class UpstreamOriginTest {
    private static final UpstreamOrigin ORIGIN = UpstreamOrigin.of(URI.create("https://Sync.Example.org/api/sync/demo/"), "base");

    @Test
    void containsItsSchemeHostAndPortWhateverTheCaseOrAWrittenDefaultPort() {
        assertTrue(ORIGIN.contains(URI.create("https://sync.example.org:443/api/sync/demo/updates/?after=x")));
        assertTrue(ORIGIN.contains(URI.create("HTTPS://SYNC.EXAMPLE.ORG/other")));
        assertFalse(ORIGIN.contains(URI.create("http://sync.example.org/api/sync/demo/")), "another scheme");
        assertFalse(ORIGIN.contains(URI.create("https://sync.example.org:8443/api/")), "another port");
        assertFalse(ORIGIN.contains(URI.create("https://sync.example.org.evil.net/api/")), "another host");
        assertFalse(ORIGIN.contains(URI.create("/api/sync/demo/updates/")), "a relative link");
        assertEquals("https://sync.example.org:443", ORIGIN.toString());
    }

    @Test
    void aLinkElsewhereOrNoUrlIsRefusedNamingIt() {
        ChunkSourceException elsewhere = assertThrows(ChunkSourceException.class,
                () -> ORIGIN.requireSame("https://evil.net/steal", "GET page"));
        ChunkSourceException noUrl = assertThrows(ChunkSourceException.class, () -> ORIGIN.requireSame("ht tp://x", "GET page"));

        assertTrue(elsewhere.getMessage().startsWith("GET page gave the link https://evil.net/steal, outside the"
                + " upstream's origin https://sync.example.org:443"), elsewhere.getMessage());
        assertTrue(noUrl.getMessage().contains("ht tp://x"), noUrl.getMessage());
        assertEquals(URI.create("https://sync.example.org/next"), ORIGIN.requireSame("https://sync.example.org/next", "GET page"));
    }

    @Test
    void onlyAbsoluteHttpUrlsHaveAnOrigin() {
        assertEquals("upstream", assertThrows(InvalidArgumentException.class,
                () -> UpstreamOrigin.of(URI.create("file:///etc/passwd"), "upstream")).argument());
        assertEquals("upstream", assertThrows(InvalidArgumentException.class,
                () -> UpstreamOrigin.of(null, "upstream")).argument());
    }

    @Test
    void itsAuthenticatorAnswersItsOwnServersOnly() throws Exception {
        PasswordAuthentication credentials = new PasswordAuthentication("mirror", "s3cret".toCharArray());
        Authenticator authenticator = ORIGIN.authenticator(credentials);

        assertSame(credentials, ask(authenticator, "https://sync.example.org/api/sync/demo/updates/", Authenticator.RequestorType.SERVER));
        assertNull(ask(authenticator, "https://evil.net/api/", Authenticator.RequestorType.SERVER));
        assertNull(ask(authenticator, "http://sync.example.org/api/", Authenticator.RequestorType.SERVER));
        assertNull(ask(authenticator, "https://sync.example.org/api/", Authenticator.RequestorType.PROXY));
        assertTrue(ORIGIN.bound(authenticator));
        assertFalse(UpstreamOrigin.of(URI.create("https://evil.net/"), "base").bound(authenticator));
    }

    private static PasswordAuthentication ask(Authenticator authenticator, String url, Authenticator.RequestorType type)
            throws Exception {
        URL asking = new URL(url);
        return authenticator.requestPasswordAuthenticationInstance(asking.getHost(), InetAddress.getLoopbackAddress(),
                asking.getDefaultPort(), asking.getProtocol(), "realm", "Basic", asking, type);
    }
}
