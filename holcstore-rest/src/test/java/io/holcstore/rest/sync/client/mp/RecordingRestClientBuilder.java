package io.holcstore.rest.sync.client.mp;

import jakarta.ws.rs.core.Configuration;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.ext.QueryParamStyle;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import java.net.URL;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A {@link RestClientBuilder} that records the settings {@link RestClientConfig} applies (no REST Client
 * implementation is on the plain unit tests' class path); anything else is unsupported.
 */
final class RecordingRestClientBuilder implements RestClientBuilder {
    Long connectTimeoutMillis;
    Long readTimeoutMillis;
    Boolean followRedirects;
    KeyStore trustStore;
    HostnameVerifier hostnameVerifier;

    @Override
    public RestClientBuilder connectTimeout(long timeout, TimeUnit unit) {
        connectTimeoutMillis = unit.toMillis(timeout);
        return this;
    }

    @Override
    public RestClientBuilder readTimeout(long timeout, TimeUnit unit) {
        readTimeoutMillis = unit.toMillis(timeout);
        return this;
    }

    @Override
    public RestClientBuilder followRedirects(boolean follow) {
        followRedirects = follow;
        return this;
    }

    @Override
    public RestClientBuilder trustStore(KeyStore store) {
        trustStore = store;
        return this;
    }

    @Override
    public RestClientBuilder hostnameVerifier(HostnameVerifier verifier) {
        hostnameVerifier = verifier;
        return this;
    }

    @Override
    public RestClientBuilder baseUrl(URL url) {
        throw unsupported();
    }

    @Override
    public RestClientBuilder executorService(ExecutorService executor) {
        throw unsupported();
    }

    @Override
    public RestClientBuilder sslContext(SSLContext context) {
        throw unsupported();
    }

    @Override
    public RestClientBuilder keyStore(KeyStore store, String password) {
        throw unsupported();
    }

    @Override
    public RestClientBuilder proxyAddress(String host, int port) {
        throw unsupported();
    }

    @Override
    public RestClientBuilder queryParamStyle(QueryParamStyle style) {
        throw unsupported();
    }

    @Override
    public <T> T build(Class<T> type) {
        throw unsupported();
    }

    @Override
    public Configuration getConfiguration() {
        throw unsupported();
    }

    @Override
    public RestClientBuilder property(String name, Object value) {
        throw unsupported();
    }

    @Override
    public RestClientBuilder register(Class<?> componentClass) {
        throw unsupported();
    }

    @Override
    public RestClientBuilder register(Class<?> componentClass, int priority) {
        throw unsupported();
    }

    @Override
    public RestClientBuilder register(Class<?> componentClass, Class<?>... contracts) {
        throw unsupported();
    }

    @Override
    public RestClientBuilder register(Class<?> componentClass, Map<Class<?>, Integer> contracts) {
        throw unsupported();
    }

    @Override
    public RestClientBuilder register(Object component) {
        throw unsupported();
    }

    @Override
    public RestClientBuilder register(Object component, int priority) {
        throw unsupported();
    }

    @Override
    public RestClientBuilder register(Object component, Class<?>... contracts) {
        throw unsupported();
    }

    @Override
    public RestClientBuilder register(Object component, Map<Class<?>, Integer> contracts) {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("not applied by RestClientConfig");
    }
}
