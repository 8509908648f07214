package fr.assises.gateway.web.survey;

import java.net.URI;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/**
 * Where the survey's mails and room poster lead. {@code /enquete/ouvrir/{questionnaireId}} (the poster's QR code,
 * the same for everyone) asks the participant to log in, then evaluation-service for the caller's own link, with
 * the caller's token; {@code /enquete/lien/{code}} (a mail) exchanges the mailed opener for a fresh link of its
 * person. Either way the browser goes on to that person's survey page; when there is no link to give (already
 * answered, closed, not present, unknown) a page says why in words.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class OpenPages {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    @CheckedTemplate(basePath = "survey")
    static class Templates {
        static native TemplateInstance opened(Visitor.Page page, String reason);
    }

    @Inject
    Visitor visitor;

    @Inject
    @RestClient
    SurveyOpenClient client;

    @GET
    @Path("enquete/ouvrir/{id}")
    @Authenticated
    public Response byPoster(@PathParam("id") String questionnaireId) {
        return go(questionnaireId, () -> client.mine(questionnaireId), false);
    }

    @GET
    @Path("enquete/lien/{code}")
    public Response byMail(@PathParam("code") String code) {
        return go(code, () -> client.open(code), true);
    }

    private Response go(String key, Supplier<Dto.MySurvey> call, boolean anonymous) {
        if (!ID.matcher(key).matches()) {
            return page(404, "unknown", anonymous);
        }
        Dto.MySurvey mine;
        try {
            mine = call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 403) {
                return page(403, "not_present", anonymous);
            }
            if (status == 404 || status == 400) {
                return page(404, "unknown", anonymous);
            }
            throw new ServiceUnavailable("evaluation");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
        if (mine.answered()) {
            return page(200, "answered", anonymous);
        }
        if (mine.token() == null) {
            return page(200, "closed", anonymous);
        }
        return Response.seeOther(URI.create("/enquete/" + mine.token())).header("Cache-Control", "no-store")
                .build();
    }

    private Response page(int status, String reason, boolean anonymous) {
        String title = visitor.words(OpenMsg.class).title();
        Visitor.Page page = anonymous ? visitor.anonymousPage(title) : visitor.page(title);
        return Forms.html(status, Templates.opened(page, reason).setLocale(visitor.locale()));
    }
}
