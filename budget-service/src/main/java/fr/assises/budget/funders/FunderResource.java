package fr.assises.budget.funders;

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

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.assises.budget.audit.Actor;
import fr.assises.common.security.Roles;

@Path("/api/budget/budgets/{budgetId}/funders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FunderResource {

    @Inject
    FunderService service;

    @Inject
    JsonWebToken token;

    @GET
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN, Roles.PARTNER})
    public List<FunderView> list(@PathParam("budgetId") UUID budgetId) {
        return service.list(budgetId);
    }

    @POST
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public Response create(@PathParam("budgetId") UUID budgetId, @Valid @NotNull FunderRequest request) {
        FunderView created = service.create(budgetId, request, Actor.of(token));
        return Response.created(URI.create("/api/budget/budgets/" + budgetId + "/funders/" + created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("/{funderId}")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public FunderView update(@PathParam("budgetId") UUID budgetId, @PathParam("funderId") UUID funderId,
            @Valid @NotNull FunderRequest request) {
        return service.update(budgetId, funderId, request, Actor.of(token));
    }

    @DELETE
    @Path("/{funderId}")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public Response delete(@PathParam("budgetId") UUID budgetId, @PathParam("funderId") UUID funderId) {
        service.delete(budgetId, funderId, Actor.of(token));
        return Response.noContent().build();
    }
}
