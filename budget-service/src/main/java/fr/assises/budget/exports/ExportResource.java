package fr.assises.budget.exports;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.assises.budget.budget.BudgetView;
import fr.assises.budget.budget.BudgetViews;
import fr.assises.budget.budget.Params;
import fr.assises.budget.budget.Readers;
import fr.assises.common.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/** Files of one version (the current one unless {@code version} is given) and the partners' JSON summary. */
@Path("/api/budget")
public class ExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ExportService service;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/budgets/{budgetId}/export.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN, Roles.PARTNER})
    public Response csv(@PathParam("budgetId") UUID budgetId,
            @QueryParam("version") @Pattern(regexp = Params.NUMBER, message = Params.MESSAGE) String version) {
        BudgetView view = forCaller(service.view(budgetId, Params.number(version)));
        return file(CsvExport.write(view), "text/csv; charset=UTF-8", view, "csv");
    }

    @GET
    @Path("/budgets/{budgetId}/export.xlsx")
    @Produces(XLSX)
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN, Roles.PARTNER})
    public Response xlsx(@PathParam("budgetId") UUID budgetId,
            @QueryParam("version") @Pattern(regexp = Params.NUMBER, message = Params.MESSAGE) String version) {
        BudgetView view = forCaller(service.view(budgetId, Params.number(version)));
        return file(XlsxExport.write(view), XLSX, view, "xlsx");
    }

    @GET
    @Path("/budgets/{budgetId}/export.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN, Roles.PARTNER})
    public Response pdf(@PathParam("budgetId") UUID budgetId,
            @QueryParam("version") @Pattern(regexp = Params.NUMBER, message = Params.MESSAGE) String version) {
        BudgetView view = forCaller(service.view(budgetId, Params.number(version)));
        return file(PdfExport.write(view, service.congressTitle(view.congressId())), "application/pdf", view, "pdf");
    }

    @GET
    @Path("/congresses/{congressId}/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN, Roles.PARTNER})
    public BudgetSummary summary(@PathParam("congressId") UUID congressId) {
        return service.summary(congressId);
    }

    private BudgetView forCaller(BudgetView view) {
        return Readers.committee(identity) ? view : BudgetViews.withoutPersonalDetail(view, false); // the French subsidy form's documents
    }

    private static Response file(byte[] body, String type, BudgetView view, String extension) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"budget-previsionnel-v" + view.versionNumber()
                        + "." + extension + "\"")
                .build();
    }
}
