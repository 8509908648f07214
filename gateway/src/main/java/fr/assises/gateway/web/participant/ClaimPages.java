package fr.assises.gateway.web.participant;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.RegistrationClient;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

/**
 * Where the invitation e-mail of a person added by the committee (by hand or by import) leads: once signed in with
 * an account at the same e-mail, they take the registration over (registration-service checks the token's verified
 * e-mail, never an address typed here), then find it in My space.
 */
@Path("/espace/rattachement")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class ClaimPages {

    @CheckedTemplate(basePath = "participant")
    static class Templates {
        static native TemplateInstance claim(Visitor.Page page, String email, boolean verified, Integer claimed,
                String refusal);
    }

    @Inject
    Visitor visitor;

    @Inject
    SecurityIdentity identity;

    @Inject
    @RestClient
    RegistrationClient registration;

    @GET
    public TemplateInstance form() {
        return page(null, null);
    }

    @POST
    public Response claim() {
        try {
            Dto.Claimed claimed = registration.claim();
            int count = claimed.registrationIds() == null ? 0 : claimed.registrationIds().size();
            return Forms.html(200, page(count, null));
        } catch (WebApplicationException e) {
            if (Forms.refused(e)) {
                return Forms.html(422, page(null, FormErrors.from(e).general()));
            }
            throw new ServiceUnavailable("registration");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
    }

    private TemplateInstance page(Integer claimed, String refusal) {
        JsonWebToken jwt = identity.getPrincipal() instanceof JsonWebToken token ? token : null;
        String email = jwt == null ? null : jwt.getClaim("email");
        // registration-service refuses an address the sign-in service has not verified: say so before the button
        Object verified = jwt == null ? null : jwt.getClaim("email_verified");
        return Templates.claim(visitor.page(visitor.words(ClaimMsg.class).title()), email,
                Boolean.TRUE.equals(verified) || "true".equals(String.valueOf(verified)), claimed, refusal)
                .setLocale(visitor.locale());
    }
}
