package fr.assises.gateway.web.organiser.outreach;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * A questionnaire's invitations: how many people are present and invited, then « Envoyer les invitations »
 * confirmed with the number who will get it; evaluation-service picks them and registration-service writes to
 * them, so the page only ever shows numbers. The room poster is downloaded from here too.
 */
@Path("/organisation/{slug}/questionnaires/{id}/invitations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class InvitationPages {

    @CheckedTemplate(basePath = "organiser/outreach")
    static class Templates {
        static native TemplateInstance invitations(Visitor.Page page, Dto.Congress congress,
                OutreachClient.Head questionnaire, OutreachClient.InvitationStatus status, Integer sent,
                String refusal);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    OutreachClient outreach;

    @GET
    public TemplateInstance page(@PathParam("slug") String slug, @PathParam("id") String id,
            @QueryParam("envoyees") Integer sent) {
        return render(slug, id, sent, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@PathParam("slug") String slug, @PathParam("id") String id) {
        try {
            OutreachClient.InvitationSent sent = outreach.invite(id);
            return Response.seeOther(UriBuilder.fromPath("/organisation/{slug}/questionnaires/{id}/invitations")
                    .queryParam("envoyees", sent.recipients()).build(slug, id)).build();
        } catch (WebApplicationException e) {
            if (!Forms.refused(e)) {
                throw new ServiceUnavailable("evaluation");
            }
            if (e.getResponse().getStatus() == 404) {
                throw new NotFoundException();
            }
            return Forms.html(e.getResponse().getStatus(), render(slug, id, null, FormErrors.from(e).inOneLine()));
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
    }

    private TemplateInstance render(String slug, String id, Integer sent, String refusal) {
        Dto.Congress congress = congresses.bySlug(slug);
        OutreachClient.Head questionnaire;
        OutreachClient.InvitationStatus status;
        try {
            questionnaire = outreach.questionnaire(id);
            status = outreach.invitations(id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new NotFoundException();
            }
            throw new ServiceUnavailable("evaluation");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
        if (questionnaire.congressId() != null && !questionnaire.congressId().equals(congress.congressId())) {
            throw new NotFoundException();
        }
        String title = visitor.words(OutreachMsg.class).page_title(questionnaire.title());
        return Templates.invitations(visitor.page(title), congress, questionnaire, status, sent, refusal)
                .setLocale(visitor.locale());
    }
}
