package fr.assises.gateway.web.session;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.assises.gateway.proxy.GatewayConfig;
import fr.assises.gateway.web.shared.SecurityMsg;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Logging out takes a POST carrying the form's anti-CSRF token (the button in the navigation), so that no other site
 * can log a person out with a link or an image; a GET only shows the button. The POST ends the gateway's session
 * (its cookie) then Keycloak's (its end-session endpoint, with the ID token as a hint), which sends the browser back
 * to the home page.
 */
@Path("/deconnexion")
public class LogoutPages {

    @CheckedTemplate(basePath = "session")
    static class Templates {
        static native TemplateInstance logout(Visitor.Page page);
    }

    @Inject
    Visitor visitor;

    @Inject
    SecurityIdentity identity;

    @Inject
    OidcSession session;

    @Inject
    Instance<OidcConfigurationMetadata> metadata;

    @Inject
    CurrentVertxRequest current;

    @Inject
    GatewayConfig config;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response confirm() {
        if (identity.isAnonymous()) {
            return Response.seeOther(URI.create("/")).build();
        }
        String html = Templates.logout(visitor.page(visitor.words(SecurityMsg.class).logout_title()))
                .setLocale(visitor.locale()).render();
        return Response.ok(html).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        IdTokenCredential idToken = identity.isAnonymous() ? null : identity.getCredential(IdTokenCredential.class);
        if (idToken == null) {
            // no browser session here (already ended, or a client calling with a bearer token): nothing to end
            return Response.seeOther(URI.create("/")).build();
        }
        session.logout().await().atMost(Duration.ofSeconds(5));
        String endSession = metadata.get().getEndSessionUri();
        if (endSession == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        String home = URI.create(current.getCurrent().request().absoluteURI()).resolve("/").toString();
        return Response.seeOther(URI.create(endSession + (endSession.contains("?") ? "&" : "?")
                + "client_id=" + encode(config.oidcClientId()) + "&id_token_hint=" + encode(idToken.getToken())
                + "&post_logout_redirect_uri=" + encode(home))).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
