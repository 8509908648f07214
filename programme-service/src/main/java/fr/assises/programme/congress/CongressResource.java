package fr.assises.programme.congress;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.assises.common.security.Roles;
import fr.assises.programme.Changed;
import fr.assises.programme.congress.CongressDtos.CloneRequest;
import fr.assises.programme.congress.CongressDtos.CongressRequest;
import fr.assises.programme.congress.CongressDtos.CongressView;
import fr.assises.programme.congress.CongressDtos.StatusRequest;

/** Congress editions, as the organising committee edits them. */
@Path("/api/programme/congresses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
public class CongressResource {

    @Inject
    CongressService service;

    @Inject
    CloneService cloneService;

    @GET
    public List<CongressView> list() {
        return service.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull CongressRequest request) {
        Changed<CongressView> created = service.create(request);
        return Response.created(URI.create("/api/programme/congresses/" + created.item().id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public CongressView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Changed<CongressView> update(@PathParam("id") UUID id, @Valid @NotNull CongressRequest request) {
        return service.update(id, request);
    }

    /** Draft → open → closed → archived, one step at a time; other moves answer 409. */
    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public CongressView changeStatus(@PathParam("id") UUID id, @Valid @NotNull StatusRequest request) {
        return service.changeStatus(id, request.status(), request.version());
    }

    @POST
    @Path("{id}/clone")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cloneCongress(@PathParam("id") UUID id, @Valid @NotNull CloneRequest request) {
        Changed<CongressView> created = cloneService.cloneCongress(id, request);
        return Response.created(URI.create("/api/programme/congresses/" + created.item().id())).entity(created).build();
    }
}
