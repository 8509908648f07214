package fr.assises.programme.conflicts;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.assises.common.security.Roles;

@Path("/api/programme/congresses/{congressId}/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
public class ConflictResource {

    @Inject
    ConflictDetector detector;

    @GET
    public List<Conflict> list(@PathParam("congressId") UUID congressId) {
        return detector.detect(congressId);
    }
}
