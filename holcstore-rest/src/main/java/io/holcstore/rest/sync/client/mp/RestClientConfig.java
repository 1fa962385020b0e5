package io.holcstore.rest.sync.client.mp;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import javax.net.ssl.HostnameVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The standard MicroProfile REST Client keys of {@link SyncRestApi}, applied to a {@link RestClientBuilder}: the
 * specification applies them only to clients injected with {@code @RestClient}, and a sync URL known only at run time
 * needs the builder, so they are read here. Each key is looked up under the interface's name first, then under its
 * config key, as the specification orders them ({@code io.holcstore.rest.sync.client.mp.SyncRestApi/mp-rest/...},
 * then {@code holcstore-sync/mp-rest/...}):
 * <ul>
 * <li>{@code url}: the sync URL when the application gives none;</li>
 * <li>{@code connectTimeout}, {@code readTimeout}: milliseconds (default {@value #DEFAULT_CONNECT_TIMEOUT_MS} and
 *     {@value #DEFAULT_READ_TIMEOUT_MS}: a client without them could wait for ever on a silent server);</li>
 * <li>{@code followRedirects}: true or false (default false);</li>
 * <li>{@code trustStore} ({@code classpath:/...} or {@code file:/...}), {@code trustStorePassword},
 *     {@code trustStoreType} (default JKS): whom to trust over HTTPS, instead of the JVM's default trust;</li>
 * <li>{@code hostnameVerifier}: the class name of a {@link HostnameVerifier} with a no-argument constructor.</li>
 * </ul>
 * Read afresh at each {@link #apply}, so a changed value applies to the next client built.
 */
final class RestClientConfig {
    static final long DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
    static final long DEFAULT_READ_TIMEOUT_MS = 60_000;

    private static final String[] PREFIXES = {SyncRestApi.class.getName() + "/mp-rest/", SyncRestApi.CONFIG_KEY + "/mp-rest/"};

    private final Config config;

    RestClientConfig(Config config) {
        this.config = config;
    }

    /** The configured sync URL, if any. */
    Optional<URI> url() {
        return value("url").map(URI::create);
    }

    /** Applies the timeouts, redirects and TLS settings to {@code builder}. */
    RestClientBuilder apply(RestClientBuilder builder) {
        builder.connectTimeout(millis("connectTimeout", DEFAULT_CONNECT_TIMEOUT_MS), TimeUnit.MILLISECONDS);
        builder.readTimeout(millis("readTimeout", DEFAULT_READ_TIMEOUT_MS), TimeUnit.MILLISECONDS);
        builder.followRedirects(value("followRedirects").map(Boolean::parseBoolean).orElse(false));
        value("trustStore").ifPresent(location -> builder.trustStore(trustStore(location)));
        value("hostnameVerifier").ifPresent(name -> builder.hostnameVerifier(hostnameVerifier(name)));
        return builder;
    }

    private Optional<String> value(String name) {
        for (String prefix : PREFIXES) {
            Optional<String> value = config.getOptionalValue(prefix + name, String.class).map(String::strip)
                    .filter(text -> !text.isEmpty());
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private long millis(String name, long defaultValue) {
        Optional<String> text = value(name);
        try {
            long millis = text.map(Long::parseLong).orElse(defaultValue);
            if (millis < 0) {
                throw new NumberFormatException("negative");
            }
            return millis;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(key(name) + " must be a number of milliseconds, got " + text.orElse(""), e);
        }
    }

    private KeyStore trustStore(String location) {
        String type = value("trustStoreType").orElse("JKS");
        char[] password = value("trustStorePassword").orElse("").toCharArray();
        try (InputStream in = open(location)) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(key("trustStore") + " " + location + " cannot be read as a " + type
                    + " trust store: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length()).replaceFirst("^/", "");
            InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("no resource " + resource + " on the class path");
            }
            return in;
        }
        return Files.newInputStream(location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location));
    }

    private HostnameVerifier hostnameVerifier(String className) {
        try {
            Class<?> type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
            return (HostnameVerifier) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(key("hostnameVerifier") + " " + className
                    + " is not a HostnameVerifier with a public no-argument constructor", e);
        }
    }

    private static String key(String name) {
        return PREFIXES[1] + name;
    }
}
