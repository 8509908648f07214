package fr.assises.evaluation.reminder;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.jboss.resteasy.reactive.ResponseStatus;

import fr.assises.common.security.Roles;
import fr.assises.evaluation.reminder.ReminderDtos.ReminderSent;
import fr.assises.evaluation.reminder.ReminderDtos.ReminderStatus;

/** Reminding non-respondents: the service picks the recipients itself; organisers see counts only. */
@Path("/api/evaluation/questionnaires/{id}/reminders")
@RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
public class ReminderResource {

    @Inject
    ReminderService service;

    @GET
    public ReminderStatus status(@PathParam("id") UUID id) {
        return service.status(id);
    }

    @POST
    @ResponseStatus(202)
    public ReminderSent send(@PathParam("id") UUID id) {
        return service.send(id);
    }
}
