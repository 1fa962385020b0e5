package io.holcstore.rest.sync.client.mp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLSession;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import java.util.Optional;

/** {@link RestClientConfig}: the REST Client's standard keys of {@link SyncRestApi}, read and applied. */
class RestClientConfigTest {
    private static final String BY_KEY = SyncRestApi.CONFIG_KEY + "/mp-rest/";
    private static final String BY_NAME = SyncRestApi.class.getName() + "/mp-rest/";

    @Test
    void withoutKeysTheTimeoutsAreBoundedAndRedirectsNotFollowed() {
        RecordingRestClientBuilder builder = apply(Map.of());
        assertEquals(RestClientConfig.DEFAULT_CONNECT_TIMEOUT_MS, builder.connectTimeoutMillis);
        assertEquals(RestClientConfig.DEFAULT_READ_TIMEOUT_MS, builder.readTimeoutMillis);
        assertEquals(false, builder.followRedirects);
        assertNull(builder.trustStore);
        assertNull(builder.hostnameVerifier);
        assertEquals(Optional.empty(), new RestClientConfig(new MapConfig(Map.of())).url());
    }

    @Test
    void theConfigKeysApply() {
        RecordingRestClientBuilder builder = apply(Map.of(BY_KEY + "connectTimeout", "1500", BY_KEY + "readTimeout", "2500",
                BY_KEY + "followRedirects", "true"));
        assertEquals(1500, builder.connectTimeoutMillis);
        assertEquals(2500, builder.readTimeoutMillis);
        assertEquals(true, builder.followRedirects);
    }

    @Test
    void theInterfaceNameWinsOverTheConfigKey() {
        RecordingRestClientBuilder builder = apply(Map.of(BY_KEY + "readTimeout", "2500", BY_NAME + "readTimeout", "700"));
        assertEquals(700, builder.readTimeoutMillis);
        assertEquals(Optional.of(URI.create("http://b/api/sync/demo/")), new RestClientConfig(new MapConfig(Map.of(
                BY_KEY + "url", "http://a/api/sync/demo/", BY_NAME + "url", "http://b/api/sync/demo/"))).url());
    }

    @Test
    void aTimeoutThatIsNoNumberOfMillisecondsIsRefusedNamingTheKey() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> apply(Map.of(BY_KEY + "readTimeout", "PT5S")));
        assertTrue(refused.getMessage().contains(BY_KEY + "readTimeout"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> apply(Map.of(BY_KEY + "connectTimeout", "-1")));
    }

    @Test
    void aTrustStoreFileIsLoadedWithItsTypeAndPassword(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("trust.p12");
        KeyStore written = KeyStore.getInstance("PKCS12");
        written.load(null, null);
        try (OutputStream out = Files.newOutputStream(file)) {
            written.store(out, "changeit".toCharArray());
        }

        RecordingRestClientBuilder builder = apply(Map.of(BY_KEY + "trustStore", file.toUri().toString(),
                BY_KEY + "trustStoreType", "PKCS12", BY_KEY + "trustStorePassword", "changeit"));

        assertEquals("PKCS12", builder.trustStore.getType());
        assertEquals(0, builder.trustStore.size());
    }

    @Test
    void aMissingTrustStoreIsRefusedNamingTheKeyAndTheLocation(@TempDir Path dir) {
        String missing = dir.resolve("none.jks").toUri().toString();
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> apply(Map.of(BY_KEY + "trustStore", missing)));
        assertTrue(refused.getMessage().startsWith(BY_KEY + "trustStore " + missing), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> apply(Map.of(BY_KEY + "trustStore", "classpath:/no/such.jks")));
    }

    @Test
    void aHostnameVerifierIsMadeFromItsClassName() {
        RecordingRestClientBuilder builder = apply(Map.of(BY_KEY + "hostnameVerifier", RefuseEveryHost.class.getName()));
        assertInstanceOf(RefuseEveryHost.class, builder.hostnameVerifier);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> apply(Map.of(BY_KEY + "hostnameVerifier", String.class.getName())));
        assertTrue(refused.getMessage().contains("is not a HostnameVerifier"), refused.getMessage());
    }

    private static RecordingRestClientBuilder apply(Map<String, String> properties) {
        RecordingRestClientBuilder builder = new RecordingRestClientBuilder();
        new RestClientConfig(new MapConfig(properties)).apply(builder);
        return builder;
    }

    /** A verifier the config names by class. */
    public static final class RefuseEveryHost implements HostnameVerifier {
        @Override
        public boolean verify(String hostname, SSLSession session) {
            return false;
        }
    }
}
