package io.holcstore.rest.sync.client.mp;

import io.holcstore.rest.sync.client.UpstreamHeaders;
import org.eclipse.microprofile.config.Config;

import java.util.Optional;

/**
 * The credentials a pull sends its upstream, from MicroProfile Config, read at each request, as the one headers model
 * of both transports ({@link UpstreamHeaders}, sent to the upstream's origin only):
 * <ul>
 * <li>{@value #TOKEN_KEY}: a token, sent as {@code Authorization: Token <token>}, what the Python reference's server
 *     (Django REST framework's token authentication) asks for; {@value #TOKEN_SCHEME_KEY} changes the word
 *     ({@code Bearer} for an OAuth server);</li>
 * <li>{@value #USER_KEY} and {@value #PASSWORD_KEY}: HTTP Basic credentials, sent with every request rather than after
 *     a challenge (a server protected by Jakarta Security, such as ours).</li>
 * </ul>
 * Neither set: no header. Both set: an {@link IllegalStateException} naming the keys, rather than a guess.
 */
public final class UpstreamAuthorization {
    public static final String TOKEN_KEY = "holcstore.sync.client.token";
    public static final String TOKEN_SCHEME_KEY = "holcstore.sync.client.token-scheme";
    public static final String USER_KEY = "holcstore.sync.client.user";
    public static final String PASSWORD_KEY = "holcstore.sync.client.password";
    public static final String DEFAULT_TOKEN_SCHEME = "Token";

    private UpstreamAuthorization() {
    }

    /** The headers the configured credentials give; none when none are configured. */
    public static UpstreamHeaders headers(Config config) {
        Optional<String> token = value(config, TOKEN_KEY);
        Optional<String> user = value(config, USER_KEY);
        if (token.isPresent() && user.isPresent()) {
            throw new IllegalStateException("both " + TOKEN_KEY + " and " + USER_KEY + " are set: an upstream takes"
                    + " one kind of credentials; unset one");
        }
        if (token.isPresent()) {
            return UpstreamHeaders.token(value(config, TOKEN_SCHEME_KEY).orElse(DEFAULT_TOKEN_SCHEME), token.get());
        }
        return user.map(name -> UpstreamHeaders.basic(name, value(config, PASSWORD_KEY).orElse("")))
                .orElse(UpstreamHeaders.none());
    }

    private static Optional<String> value(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(text -> !text.isEmpty());
    }
}
