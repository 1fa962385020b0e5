package io.holcstore.rest.sync.client.mp;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * A JDK {@link HttpClient} that adds an {@code Authorization} header, computed at each request, to every request it
 * sends: the JDK client has no default headers and answers only Basic challenges, while the Python reference's
 * server wants {@code Authorization: Token <t>} up front. Used for the GET-with-body packs that only the JDK client
 * can send ({@code HttpChunkSource}); everything else is delegated unchanged.
 */
final class AuthorizingHttpClient extends HttpClient {
    private final HttpClient delegate;
    private final Supplier<Optional<String>> authorization;

    AuthorizingHttpClient(HttpClient delegate, Supplier<Optional<String>> authorization) {
        this.delegate = delegate;
        this.authorization = authorization;
    }

    private HttpRequest authorize(HttpRequest request) {
        return authorization.get()
                .map(value -> HttpRequest.newBuilder(request, (name, v) -> !name.equalsIgnoreCase("Authorization"))
                        .header("Authorization", value).build())
                .orElse(request);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return delegate.send(authorize(request), handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(authorize(request), handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return delegate.sendAsync(authorize(request), handler, pushPromiseHandler);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
