package io.holcstore.example.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Optional;

/**
 * HTTP BASIC authentication of the example, with the switch {@value DemoSecurityConfig#ENABLED_KEY}.
 *
 * <p>The security constraints themselves are always declared, in {@code WEB-INF/web.xml}, and the server enforces
 * them. This mechanism decides who the caller is:
 * <ul>
 * <li>security on: the user of the {@code Authorization: Basic} header, checked by the identity stores
 *     ({@link ConfiguredUsersIdentityStore}); no or wrong credentials on a constrained URL is a 401 with a
 *     {@code WWW-Authenticate: Basic} challenge, wrong credentials anywhere too; a user without the URL's role is
 *     then refused (403) by the server;</li>
 * <li>security off (the default): a request to a constrained URL is let in as the caller {@value #OPEN_ACCESS_CALLER},
 *     holding every role of {@link DemoRoles}, so that the constraints pass; credentials sent are ignored.</li>
 * </ul>
 * Either way, the other URLs (the series reads, {@code /api/stores}) are served to anyone. The 401 and 403 bodies are
 * JSON errors, by {@link SecurityErrorServlet}.
 */
@ApplicationScoped
public class DemoAuthenticationMechanism implements HttpAuthenticationMechanism {
    /** The caller name of every request to a constrained URL while security is off. */
    public static final String OPEN_ACCESS_CALLER = "open-access";
    static final String REALM = "holcstore";

    @Inject
    private DemoSecurityConfig config;
    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!config.enabled()) {
            return context.isProtected()
                    ? context.notifyContainerAboutLogin(OPEN_ACCESS_CALLER, DemoRoles.ALL)
                    : context.doNothing();
        }
        if (BasicCredentials.sent(request)) {
            Optional<UsernamePasswordCredential> credential = BasicCredentials.of(request);
            if (credential.isPresent()) {
                CredentialValidationResult result = identityStores.validate(credential.get());
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return challenge(response, context);
        }
        return context.isProtected() ? challenge(response, context) : context.doNothing();
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }
}
