package fr.assises.registration.mail;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.assises.common.security.Roles;

/** The committee writes to a filtered group of registrations: preview, send, history. */
@Path("/api/registration/congresses/{congressId}/manage/mailings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
public class MailingResource {

    @Inject
    Mailings mailings;

    @Inject
    MailingHistory history;

    @Inject
    JsonWebToken jwt;

    /** Sends now, each recipient in their language with their values; kept in the history. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ReminderResource.Sent send(@PathParam("congressId") UUID congressId,
            @NotNull @Valid MailingRequest request) {
        return new ReminderResource.Sent(mailings.send(congressId, request, sender(jwt)));
    }

    /** What sending would do, nothing sent: recipients counted, the mail in French and English for the first one. */
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public MailingViews.Preview preview(@PathParam("congressId") UUID congressId,
            @NotNull @Valid MailingRequest request) {
        return mailings.preview(congressId, request);
    }

    /** What was sent (messages and reminders), newest first. */
    @GET
    public List<MailingViews.Sent> history(@PathParam("congressId") UUID congressId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return history.list(congressId, limit);
    }

    /** To whom one mailing went. */
    @GET
    @Path("{mailingId}/recipients")
    public List<MailingViews.Recipient> recipients(@PathParam("congressId") UUID congressId,
            @PathParam("mailingId") UUID mailingId) {
        return history.recipients(congressId, mailingId);
    }

    static MailingHistory.Sender sender(JsonWebToken jwt) {
        String name = jwt.getClaim("name");
        if (name == null || name.isBlank()) {
            name = jwt.getClaim("preferred_username");
        }
        return new MailingHistory.Sender(jwt.getSubject(), name);
    }
}
