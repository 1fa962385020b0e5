package io.holcstore.example.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The example's security settings, from MicroProfile Config, read at each request (so the application's own
 * {@code microprofile-config.properties} is seen, as well as environment variables and system properties):
 * <ul>
 * <li>{@value #ENABLED_KEY}: {@code true} to require credentials on the constrained URLs of {@code web.xml};
 *     default {@code false}, every caller is let in;</li>
 * <li>{@value #USERS_KEY}: the user names, comma-separated; for each, {@code holcstore.demo.user.<name>.password}
 *     and {@code holcstore.demo.user.<name>.roles} (comma-separated, see {@link DemoRoles}). No user by default.</li>
 * </ul>
 * Users are listed by name rather than found by prefix, because an environment variable
 * ({@code HOLCSTORE_DEMO_USER_ALICE_PASSWORD}) is found when its key is asked for, but never listed under it.
 */
@ApplicationScoped
public class DemoSecurityConfig {
    public static final String ENABLED_KEY = "holcstore.demo.security";
    public static final String USERS_KEY = "holcstore.demo.users";
    private static final String USER_PREFIX = "holcstore.demo.user.";
    private static final Logger LOG = Logger.getLogger(DemoSecurityConfig.class.getName());

    /** A configured user: the password to compare and the roles it is granted. */
    public record User(String name, String password, Set<String> roles) {
        /** Without the password, which must never reach a log. */
        @Override
        public String toString() {
            return "User[" + name + ", roles " + roles + "]";
        }
    }

    /** Says at startup whether security is on, so that an open server is never a surprise. */
    void logAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!enabled()) {
            LOG.log(Level.INFO, "example security is off ({0}=false): every caller may sync, write and pull", ENABLED_KEY);
            return;
        }
        List<String> users = list(config().getOptionalValue(USERS_KEY, String.class));
        LOG.log(users.isEmpty() ? Level.WARNING : Level.INFO, "example security is on: users {0} ({1}); the"
                + " constrained URLs of web.xml need HTTP Basic credentials", new Object[] {users, USERS_KEY});
    }

    public boolean enabled() {
        return config().getOptionalValue(ENABLED_KEY, Boolean.class).orElse(false);
    }

    /** The user of that name if it is listed in {@value #USERS_KEY} and has a non-empty password. */
    public Optional<User> user(String name) {
        Config config = config();
        if (!list(config.getOptionalValue(USERS_KEY, String.class)).contains(name)) {
            return Optional.empty();
        }
        return config.getOptionalValue(USER_PREFIX + name + ".password", String.class)
                .filter(password -> !password.isEmpty())
                .map(password -> new User(name, password,
                        new LinkedHashSet<>(list(config.getOptionalValue(USER_PREFIX + name + ".roles", String.class)))));
    }

    private static List<String> list(Optional<String> commaSeparated) {
        return commaSeparated.stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }
}
