package fr.assises.registration.mail;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.assises.common.security.Roles;

/** The committee writes to a filtered group of registrations. */
@Path("/api/registration/congresses/{congressId}/manage/mailings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
public class MailingResource {

    @Inject
    Mailings mailings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ReminderResource.Sent send(@PathParam("congressId") UUID congressId,
            @NotNull @Valid MailingRequest request) {
        return new ReminderResource.Sent(mailings.send(congressId, request));
    }
}
