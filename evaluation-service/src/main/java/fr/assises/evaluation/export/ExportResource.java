package fr.assises.evaluation.export;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import fr.assises.common.security.Roles;
import fr.assises.evaluation.results.ResultsService;
import io.quarkus.security.identity.SecurityIdentity;

/** Exports: anonymous responses (organisers) as CSV or XLSX, and the results report as PDF (also partners). */
@Path("/api/evaluation")
public class ExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ExportService exports;

    @Inject
    ResultsService results;

    @Inject
    SecurityIdentity caller;

    @GET
    @Path("questionnaires/{id}/responses.csv")
    @Produces("text/csv")
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public Response csv(@PathParam("id") UUID id) {
        return file(Writers.csv(exports.table(id)), "text/csv; charset=utf-8", "reponses-" + id + ".csv");
    }

    @GET
    @Path("questionnaires/{id}/responses.xlsx")
    @Produces(XLSX)
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public Response xlsx(@PathParam("id") UUID id) {
        return file(Writers.xlsx(exports.table(id)), XLSX, "reponses-" + id + ".xlsx");
    }

    @GET
    @Path("questionnaires/{id}/report.pdf")
    @Produces("application/pdf")
    @RolesAllowed({ Roles.ORGANISER, Roles.PARTNER, Roles.ADMIN })
    public Response pdf(@PathParam("id") UUID id) {
        return file(PdfReport.render(results.resultsFor(id, caller)), "application/pdf", "rapport-" + id + ".pdf");
    }

    private static Response file(byte[] body, String type, String name) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
