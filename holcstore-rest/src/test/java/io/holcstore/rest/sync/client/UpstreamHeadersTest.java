package io.holcstore.rest.sync.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.holcstore.store.InvalidArgumentException;
import org.junit.jupiter.api.Test;

import java.util.Map;

/** Configured headers: credentials in the reference's forms, names checked at configuration, values never shown. */
class UpstreamHeadersTest {

    @Test
    void tokenAndBasicAreTheAuthorizationHeadersOfTheirSchemes() {
        assertEquals(Map.of("Authorization", "Token 9944b09199c62bcf"), UpstreamHeaders.token("9944b09199c62bcf").asMap());
        assertEquals(Map.of("Authorization", "Basic bWlycm9yOnMzY3JldA=="), UpstreamHeaders.basic("mirror", "s3cret").asMap());
    }

    @Test
    void aTokenMayHaveAnotherScheme() {
        assertEquals(Map.of("Authorization", "Bearer abc"), UpstreamHeaders.token("Bearer", "abc").asMap());
        assertEquals(UpstreamHeaders.token("abc"), UpstreamHeaders.token("Token", "abc"));
    }

    @Test
    void headersAreEqualWhenTheySendTheSameNamesInAnyCaseWithTheSameValues() {
        UpstreamHeaders headers = UpstreamHeaders.none().with("X-Tenant", "north");
        assertEquals(headers, UpstreamHeaders.none().with("x-tenant", "north"));
        assertEquals(headers.hashCode(), UpstreamHeaders.none().with("x-tenant", "north").hashCode());
        assertNotEquals(headers, UpstreamHeaders.none().with("X-Tenant", "south"));
        assertNotEquals(UpstreamHeaders.token("a"), UpstreamHeaders.none());
    }

    @Test
    void aHeaderOfTheSameNameInAnyCaseReplacesTheOther() {
        UpstreamHeaders headers = UpstreamHeaders.token("a").with("authorization", "Token b").with("X-Tenant", "north");

        assertEquals(Map.of("authorization", "Token b", "X-Tenant", "north"), headers.asMap());
        assertFalse(headers.toString().contains("Token"), "values are not shown: " + headers);
    }

    @Test
    void badHeadersAreRefusedNamingThem() {
        assertEquals("header name", refused(() -> UpstreamHeaders.none().with("Bad Name", "x")));
        assertEquals("header X-Evil", refused(() -> UpstreamHeaders.none().with("X-Evil", "a\r\nHost: evil.net")));
        assertEquals("header Host", refused(() -> UpstreamHeaders.none().with("Host", "evil.net")));
        assertEquals("header Content-Type", refused(() -> UpstreamHeaders.none().with("Content-Type", "text/plain")));
        assertEquals("token", refused(() -> UpstreamHeaders.token(" ")));
        assertEquals("user", refused(() -> UpstreamHeaders.basic("a:b", "c")));
        assertEquals("token scheme", refused(() -> UpstreamHeaders.token("Two Words", "abc")));
    }

    private static String refused(Runnable configuration) {
        return assertThrows(InvalidArgumentException.class, configuration::run).argument();
    }
}
