package fr.assises.registration.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.assises.common.security.Roles;

/**
 * Bulk import of registrations (speakers, invited officials, a partner's delegation) from a CSV or Excel file;
 * {@code dryRun=true} answers what would be created and saves nothing.
 */
@Path("/api/registration/congresses/{congressId}/manage/imports")
@RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
public class ImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ImportService imports;

    @Inject
    JsonWebToken jwt;

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @Produces(MediaType.APPLICATION_JSON)
    public Response importCsv(@PathParam("congressId") UUID congressId,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun, byte[] body) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        return answer(imports.importRows(congressId, jwt.getSubject(), CsvReader.parse(text), dryRun));
    }

    @POST
    @Consumes(XLSX)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importXlsx(@PathParam("congressId") UUID congressId,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun, byte[] body) {
        List<List<String>> rows = XlsxReader.parse(body == null ? new byte[0] : body);
        return answer(imports.importRows(congressId, jwt.getSubject(), rows, dryRun));
    }

    private static Response answer(ImportResult result) {
        return Response.status(!result.dryRun() && result.created() > 0 ? Response.Status.CREATED : Response.Status.OK)
                .entity(result).build();
    }
}
