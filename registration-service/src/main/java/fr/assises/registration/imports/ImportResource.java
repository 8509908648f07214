package fr.assises.registration.imports;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.assises.common.security.Roles;

/** Bulk import of registrations (speakers, invited officials, a partner's delegation) from a CSV file. */
@Path("/api/registration/congresses/{congressId}/manage/imports")
@RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
public class ImportResource {

    @Inject
    ImportService imports;

    @Inject
    JsonWebToken jwt;

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @Produces(MediaType.APPLICATION_JSON)
    public Response importCsv(@PathParam("congressId") UUID congressId, String body) {
        return Response.status(Response.Status.CREATED).entity(imports.importCsv(congressId, jwt.getSubject(), body))
                .build();
    }
}
