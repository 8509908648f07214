package fr.assises.programme.session;

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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.security.Roles;
import fr.assises.programme.Changed;
import fr.assises.programme.conflicts.Conflict;
import fr.assises.programme.session.SessionDtos.SessionRequest;
import fr.assises.programme.session.SessionDtos.SessionView;

/** Sessions of the draft programme. */
@Path("/api/programme/congresses/{congressId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
public class SessionResource {

    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    @Inject
    SessionService service;

    @Inject
    ObjectMapper json;

    @GET
    public List<SessionView> list(@PathParam("congressId") UUID congressId) {
        return service.list(congressId);
    }

    @GET
    @Path("{id}")
    public SessionView get(@PathParam("congressId") UUID congressId, @PathParam("id") UUID id) {
        return service.get(congressId, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("congressId") UUID congressId, @Valid @NotNull SessionRequest request) {
        Changed<SessionView> created = service.create(congressId, request);
        return Response.created(URI.create("/api/programme/congresses/" + congressId + "/sessions/"
                + created.item().id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Changed<SessionView> update(@PathParam("congressId") UUID congressId, @PathParam("id") UUID id,
            @Valid @NotNull SessionRequest request) {
        return service.update(congressId, id, request);
    }

    /** The planner's move: a JSON merge patch of start, end and roomId (see {@link SessionMove}). */
    @PATCH
    @Path("{id}")
    @Consumes({ MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    public Changed<SessionView> move(@PathParam("congressId") UUID congressId, @PathParam("id") UUID id,
            String patch) {
        return service.move(congressId, id, SessionMove.parse(json, patch));
    }

    @POST
    @Path("{id}/cancel")
    public Changed<SessionView> cancel(@PathParam("congressId") UUID congressId, @PathParam("id") UUID id) {
        return service.cancel(congressId, id);
    }

    @DELETE
    @Path("{id}")
    public List<Conflict> delete(@PathParam("congressId") UUID congressId, @PathParam("id") UUID id) {
        return service.delete(congressId, id);
    }
}
