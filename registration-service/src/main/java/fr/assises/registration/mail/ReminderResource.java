package fr.assises.registration.mail;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.assises.common.security.Roles;

/** Lets the committee send the reminder now rather than waiting for the configured day. */
@Path("/api/registration/congresses/{congressId}/manage/reminders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
public class ReminderResource {

    public record Sent(int sent) {
    }

    @Inject
    Reminders reminders;

    @Inject
    JsonWebToken jwt;

    /** Sends it now to the confirmed people not reminded yet; kept in the mailing history. */
    @POST
    public Sent send(@PathParam("congressId") UUID congressId) {
        return new Sent(reminders.send(congressId, MailingResource.sender(jwt)));
    }

    /** How many people the reminder would reach now, for the committee's confirmation. */
    @GET
    public MailingViews.ReminderDue due(@PathParam("congressId") UUID congressId) {
        return new MailingViews.ReminderDue(reminders.due(congressId));
    }
}
