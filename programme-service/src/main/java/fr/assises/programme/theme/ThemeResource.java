package fr.assises.programme.theme;

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
import fr.assises.programme.Changed;
import fr.assises.programme.conflicts.Conflict;
import fr.assises.programme.theme.ThemeDtos.ThemeRequest;
import fr.assises.programme.theme.ThemeDtos.ThemeView;

@Path("/api/programme/congresses/{congressId}/themes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
public class ThemeResource {

    @Inject
    ThemeService service;

    @GET
    public List<ThemeView> list(@PathParam("congressId") UUID congressId) {
        return service.list(congressId);
    }

    @GET
    @Path("{id}")
    public ThemeView get(@PathParam("congressId") UUID congressId, @PathParam("id") UUID id) {
        return service.get(congressId, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("congressId") UUID congressId, @Valid @NotNull ThemeRequest request) {
        Changed<ThemeView> created = service.create(congressId, request);
        return Response.created(URI.create("/api/programme/congresses/" + congressId + "/themes/" + created.item().id()))
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Changed<ThemeView> update(@PathParam("congressId") UUID congressId, @PathParam("id") UUID id,
            @Valid @NotNull ThemeRequest request) {
        return service.update(congressId, id, request);
    }

    @DELETE
    @Path("{id}")
    public List<Conflict> delete(@PathParam("congressId") UUID congressId, @PathParam("id") UUID id) {
        return service.delete(congressId, id);
    }
}
