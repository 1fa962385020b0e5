package io.holcstore.example;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;

/**
 * The HTTP client the mirror pulls its upstream with: the JDK's, answering the upstream's HTTP Basic challenges with
 * the user {@value #USER_KEY} and password {@value #PASSWORD_KEY} when they are set (an upstream with security on,
 * such as this server's own {@code /api/sync/demo} with {@code holcstore.demo.security=true}); no credentials
 * otherwise. Read when the puller (re)builds its source, at the first pull and when the upstream URL changes.
 */
final class UpstreamHttpClient {
    static final String USER_KEY = "holcstore.demo.upstream.user";
    static final String PASSWORD_KEY = "holcstore.demo.upstream.password";

    private UpstreamHttpClient() {
    }

    static HttpClient create() {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        credentials().ifPresent(credentials -> builder.authenticator(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return credentials;
            }
        }));
        return builder.build();
    }

    private static Optional<PasswordAuthentication> credentials() {
        Config config = ConfigProvider.getConfig();
        return config.getOptionalValue(USER_KEY, String.class).map(String::strip).filter(user -> !user.isEmpty())
                .map(user -> new PasswordAuthentication(user,
                        config.getOptionalValue(PASSWORD_KEY, String.class).orElse("").toCharArray()));
    }
}
