package fr.assises.evaluation.outreach;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.ResponseHeader;
import org.jboss.resteasy.reactive.ResponseStatus;

import fr.assises.common.security.Roles;
import fr.assises.evaluation.outreach.OutreachDtos.InvitationSent;
import fr.assises.evaluation.outreach.OutreachDtos.InvitationStatus;
import fr.assises.evaluation.survey.SurveyDtos.MySurvey;

/**
 * Invitations sent by the system (organisers see counts only), the openers those mails carry, and the room
 * poster.
 */
@Path("/api/evaluation")
public class OutreachResource {

    @Inject
    Outreach outreach;

    @GET
    @Path("questionnaires/{id}/invitations")
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public InvitationStatus invitations(@PathParam("id") UUID id) {
        return outreach.status(id);
    }

    @POST
    @Path("questionnaires/{id}/invitations")
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    @ResponseStatus(202)
    public InvitationSent invite(@PathParam("id") UUID id) {
        return outreach.invite(id);
    }

    /** A mailed opener exchanged for a fresh personal link of its person (the opener is the credential). */
    @POST
    @Path("survey-links/{code}")
    @PermitAll
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    public MySurvey open(@PathParam("code") String code) {
        return outreach.open(code);
    }

    /** « Donnez votre avis », A4, with a QR code that leads each participant to their own link after logging in. */
    @GET
    @Path("questionnaires/{id}/poster.pdf")
    @Produces("application/pdf")
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public Response poster(@PathParam("id") UUID id) {
        byte[] pdf = outreach.poster(id);
        return Response.ok(pdf).header("Content-Disposition", "attachment; filename=\"affiche-questionnaire.pdf\"")
                .build();
    }
}
