package io.holcstore.example.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.logging.Logger;

/**
 * The users of {@link DemoSecurityConfig}, as a Jakarta Security identity store: a user's roles are returned as its
 * groups, which the server maps to the roles of the same name. Passwords are compared in constant time.
 */
@ApplicationScoped
public class ConfiguredUsersIdentityStore implements IdentityStore {
    private static final Logger LOG = Logger.getLogger(ConfiguredUsersIdentityStore.class.getName());

    @Inject
    private DemoSecurityConfig config;

    /** Called by the {@code IdentityStore#validate(Credential)} default for user name and password credentials. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return config.user(credential.getCaller())
                .filter(user -> samePassword(user.password(), credential.getPasswordAsString()))
                .map(user -> new CredentialValidationResult(user.name(), user.roles()))
                .orElseGet(() -> {
                    LOG.fine(() -> "invalid credentials for user '" + credential.getCaller() + "'");
                    return CredentialValidationResult.INVALID_RESULT;
                });
    }

    private static boolean samePassword(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
