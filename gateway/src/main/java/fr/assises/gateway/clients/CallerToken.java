package fr.assises.gateway.clients;

import java.lang.reflect.Method;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Relays the caller's access token (the page session's, or the bearer token an API client sent) to the services
 * on every call but the {@link PublicCall} ones: the services decide what the caller may see and do. A visitor who
 * is not logged in has no token, and the call goes without one.
 */
@ApplicationScoped
public class CallerToken implements ClientRequestFilter {

    /** The MicroProfile REST Client property naming the client interface's method being called. */
    private static final String INVOKED_METHOD = "org.eclipse.microprofile.rest.client.invokedMethod";

    @Inject
    SecurityIdentity identity;

    @Override
    public void filter(ClientRequestContext request) {
        if (request.getProperty(INVOKED_METHOD) instanceof Method method
                && method.isAnnotationPresent(PublicCall.class)) {
            return;
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null && token.getToken() != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        }
    }
}
