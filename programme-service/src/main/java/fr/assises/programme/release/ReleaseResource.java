package fr.assises.programme.release;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.assises.common.security.Roles;
import fr.assises.programme.Changed;
import fr.assises.programme.release.ReleaseService.ReleaseView;

@Path("/api/programme/congresses/{congressId}/releases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
public class ReleaseResource {

    @Inject
    ReleaseService service;

    @GET
    public List<ReleaseView> list(@PathParam("congressId") UUID congressId) {
        return service.list(congressId);
    }

    /** The changelog since the latest release, as publishing now would record it; nothing is written. */
    @GET
    @Path("/preview")
    public ReleaseService.Preview preview(@PathParam("congressId") UUID congressId) {
        return service.preview(congressId);
    }

    @POST
    public Response publish(@PathParam("congressId") UUID congressId) {
        Changed<ReleaseView> release = service.publish(congressId);
        return Response.created(URI.create("/api/programme/congresses/" + congressId + "/releases/"
                + release.item().number())).entity(release).build();
    }
}
