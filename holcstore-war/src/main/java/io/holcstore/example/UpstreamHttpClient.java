package io.holcstore.example;

import io.holcstore.rest.sync.client.SyncHttpClients;
import io.holcstore.rest.sync.client.UpstreamOrigin;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;

/**
 * The HTTP client the mirror pulls its upstream with: the JDK's, answering the upstream's HTTP Basic challenges with
 * the user {@value #USER_KEY} and password {@value #PASSWORD_KEY} when they are set (an upstream with security on,
 * such as this server's own {@code /api/sync/demo} with {@code holcstore.demo.security=true}), and only those of
 * the upstream's origin; no credentials otherwise. Read when the puller (re)builds its source, at the first pull
 * and when the upstream URL changes.
 */
final class UpstreamHttpClient {
    static final String USER_KEY = "holcstore.demo.upstream.user";
    static final String PASSWORD_KEY = "holcstore.demo.upstream.password";
    private static final String UPSTREAM_URL = "upstream URL";

    private UpstreamHttpClient() {
    }

    /** A client answering the challenges of {@code upstream}'s origin only: no other host gets the credentials. */
    static HttpClient create(URI upstream) {
        HttpClient.Builder builder = SyncHttpClients.builder(Duration.ofSeconds(10));
        credentials().ifPresent(credentials ->
                builder.authenticator(UpstreamOrigin.of(upstream, UPSTREAM_URL).authenticator(credentials)));
        return builder.build();
    }

    private static Optional<PasswordAuthentication> credentials() {
        Config config = ConfigProvider.getConfig();
        return config.getOptionalValue(USER_KEY, String.class).map(String::strip).filter(user -> !user.isEmpty())
                .map(user -> new PasswordAuthentication(user,
                        config.getOptionalValue(PASSWORD_KEY, String.class).orElse("").toCharArray()));
    }
}
