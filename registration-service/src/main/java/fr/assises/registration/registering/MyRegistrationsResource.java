package fr.assises.registration.registering;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.assises.common.security.Roles;
import fr.assises.registration.checkin.BadgeService;
import fr.assises.registration.checkin.CheckinResource;
import fr.assises.registration.privacy.PersonalData;
import fr.assises.registration.privacy.Privacy;

/** A participant's own registrations; another person's id answers 404, as if it did not exist. */
@Path("/api/registration/me/registrations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTICIPANT)
public class MyRegistrationsResource {

    @Inject
    MyRegistrations mine;

    @Inject
    RegistrationService service;

    @Inject
    BadgeService badges;

    @Inject
    Privacy privacy;

    @Inject
    JsonWebToken jwt;

    @GET
    public List<RegistrationView> list() {
        return mine.list(jwt.getSubject());
    }

    @GET
    @Path("{id}")
    public RegistrationView get(@PathParam("id") UUID id) {
        return mine.get(jwt.getSubject(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegistrationView change(@PathParam("id") UUID id, @NotNull ChangeRequest request) {
        return service.changeById(mine.owned(jwt.getSubject(), id).id, request, false);
    }

    @DELETE
    @Path("{id}")
    public RegistrationView cancel(@PathParam("id") UUID id) {
        return service.cancel(mine.owned(jwt.getSubject(), id).id);
    }

    @GET
    @Path("{id}/badge.pdf")
    @Produces({ CheckinResource.PDF, MediaType.APPLICATION_JSON })
    public Response badge(@PathParam("id") UUID id) {
        return CheckinResource.pdf(badges.own(jwt.getSubject(), id), "badge.pdf");
    }

    /** The person's own data (RGPD access right), as JSON. */
    @GET
    @Path("{id}/personal-data")
    public PersonalData personalData(@PathParam("id") UUID id) {
        return privacy.download(jwt.getSubject(), id);
    }

    /** Erasure: the registration is cancelled and every personal field blanked; counts remain. */
    @DELETE
    @Path("{id}/personal-data")
    public Response erase(@PathParam("id") UUID id) {
        privacy.erase(jwt.getSubject(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/accept-offer")
    public RegistrationView acceptOffer(@PathParam("id") UUID id) {
        return service.acceptOffer(mine.owned(jwt.getSubject(), id).id);
    }
}
