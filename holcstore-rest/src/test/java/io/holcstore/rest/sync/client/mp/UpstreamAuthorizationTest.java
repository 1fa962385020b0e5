package io.holcstore.rest.sync.client.mp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/** {@link UpstreamAuthorization}: the header each configuration gives. */
class UpstreamAuthorizationTest {

    @Test
    void aTokenIsSentAsTheReferenceServerWantsIt() {
        assertEquals(Optional.of("Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b"), header(Map.of(
                UpstreamAuthorization.TOKEN_KEY, " 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b ")));
    }

    @Test
    void theTokenSchemeCanBeChanged() {
        assertEquals(Optional.of("Bearer abc"), header(Map.of(UpstreamAuthorization.TOKEN_KEY, "abc",
                UpstreamAuthorization.TOKEN_SCHEME_KEY, "Bearer")));
    }

    @Test
    void aUserAndPasswordAreSentAsBasicCredentials() {
        String expected = "Basic " + Base64.getEncoder().encodeToString("syncer:s3cr:et".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of(expected), header(Map.of(UpstreamAuthorization.USER_KEY, "syncer",
                UpstreamAuthorization.PASSWORD_KEY, "s3cr:et")));
    }

    @Test
    void nothingConfiguredSendsNoHeader() {
        assertEquals(Optional.empty(), header(Map.of()));
        assertEquals(Optional.empty(), header(Map.of(UpstreamAuthorization.TOKEN_KEY, "  ")));
    }

    @Test
    void bothKindsConfiguredIsRefusedNamingTheKeys() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> header(Map.of(
                UpstreamAuthorization.TOKEN_KEY, "abc", UpstreamAuthorization.USER_KEY, "syncer")));
        assertTrue(refused.getMessage().contains(UpstreamAuthorization.TOKEN_KEY), refused.getMessage());
        assertTrue(refused.getMessage().contains(UpstreamAuthorization.USER_KEY), refused.getMessage());
    }

    private static Optional<String> header(Map<String, String> properties) {
        return Optional.ofNullable(UpstreamAuthorization.headers(new MapConfig(properties)).asMap().get("Authorization"));
    }
}
