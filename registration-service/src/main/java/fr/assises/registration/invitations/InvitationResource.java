package fr.assises.registration.invitations;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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

import fr.assises.common.security.Roles;

/** Invitation codes of a congress: managed by organisers, checked by the registration form. */
@Path("/api/registration/congresses/{congressId}/invitations")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    @Inject
    Invitations service;

    @GET
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public List<InvitationView> list(@PathParam("congressId") UUID congressId) {
        return service.list(congressId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public Response create(@PathParam("congressId") UUID congressId, @NotNull @Valid InvitationRequest request) {
        InvitationView created = service.create(congressId, request);
        return Response.created(URI.create("/api/registration/congresses/" + congressId + "/invitations/"
                + created.code())).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public InvitationView change(@PathParam("congressId") UUID congressId, @PathParam("code") String code,
            @NotNull @Valid InvitationRequest request) {
        return service.change(congressId, code, request);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public Response delete(@PathParam("congressId") UUID congressId, @PathParam("code") String code) {
        service.delete(congressId, code);
        return Response.noContent().build();
    }

    /** What a code opens, for a logged-in person filling in the form; never the list of codes. */
    @GET
    @Path("/{code}/check")
    @RolesAllowed({ Roles.PARTICIPANT, Roles.ORGANISER, Roles.ADMIN })
    public InvitationCheck check(@PathParam("congressId") UUID congressId, @PathParam("code") String code) {
        return service.check(congressId, code);
    }
}
