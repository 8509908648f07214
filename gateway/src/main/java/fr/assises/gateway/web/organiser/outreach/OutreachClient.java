package fr.assises.gateway.web.organiser.outreach;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import fr.assises.gateway.clients.CallerToken;

/** evaluation-service's invitations (OutreachResource): counts only, the service writes to people itself. */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "evaluation")
@Path("/api/evaluation/questionnaires/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface OutreachClient {

    /** The questionnaire's title and state, for the page's heading. */
    record Head(String id, String congressId, String title, String state) {
    }

    record InvitationStatus(String questionnaireId, String state, long checkedIn, int invited, int toInvite) {
    }

    record InvitationSent(String questionnaireId, int recipients, String message) {
    }

    @GET
    Head questionnaire(@PathParam("id") String id);

    @GET
    @Path("/invitations")
    InvitationStatus invitations(@PathParam("id") String id);

    @POST
    @Path("/invitations")
    InvitationSent invite(@PathParam("id") String id);
}
