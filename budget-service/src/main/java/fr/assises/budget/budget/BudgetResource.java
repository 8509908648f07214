package fr.assises.budget.budget;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.assises.budget.audit.Actor;
import fr.assises.budget.audit.AuditTrail;
import fr.assises.common.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/budget")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BudgetResource {

    private static final String BUDGET = "/budgets/{budgetId}";

    @Inject
    BudgetService service;

    @Inject
    LineBatch batch;

    @Inject
    AuditTrail audit;

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    @Inject
    BudgetViews views;

    @POST
    @Path("/budgets")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public Response create(@Valid @NotNull CreateBudgetRequest request) {
        BudgetView created = service.create(request, Actor.of(token));
        return Response.created(URI.create("/api/budget/budgets/" + created.budgetId())).entity(created).build();
    }

    @GET
    @Path(BUDGET)
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN, Roles.PARTNER})
    public BudgetView get(@PathParam("budgetId") UUID budgetId,
            @QueryParam("version") @Pattern(regexp = Params.NUMBER, message = Params.MESSAGE) String version) {
        return forCaller(service.view(budgetId, Params.number(version)));
    }

    @GET
    @Path("/congresses/{congressId}/budget")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN, Roles.PARTNER})
    public BudgetView ofCongress(@PathParam("congressId") UUID congressId) {
        return forCaller(service.viewOfCongress(congressId));
    }

    @PUT
    @Path(BUDGET + "/hypotheses")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public BudgetView hypotheses(@PathParam("budgetId") UUID budgetId, @Valid @NotNull HypothesesRequest request) {
        return service.updateHypotheses(budgetId, request, Actor.of(token));
    }

    @POST
    @Path(BUDGET + "/lines")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public Response addLine(@PathParam("budgetId") UUID budgetId, @Valid @NotNull LineRequest request) {
        BudgetView.LineView line = service.addLine(budgetId, request, Actor.of(token));
        return Response.created(URI.create("/api/budget/budgets/" + budgetId + "/lines/" + line.id())).entity(line).build();
    }

    /** The editor's save: several lines added, changed, moved or deleted together, all or nothing. */
    @PUT
    @Path(BUDGET + "/lines")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public BudgetView saveLines(@PathParam("budgetId") UUID budgetId, @Valid @NotNull LineBatchRequest request) {
        return batch.save(budgetId, request, Actor.of(token));
    }

    @PUT
    @Path(BUDGET + "/lines/{lineId}")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public BudgetView.LineView updateLine(@PathParam("budgetId") UUID budgetId, @PathParam("lineId") UUID lineId,
            @Valid @NotNull LineRequest request) {
        return service.updateLine(budgetId, lineId, request, Actor.of(token));
    }

    @DELETE
    @Path(BUDGET + "/lines/{lineId}")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public Response deleteLine(@PathParam("budgetId") UUID budgetId, @PathParam("lineId") UUID lineId) {
        service.deleteLine(budgetId, lineId, Actor.of(token));
        return Response.noContent().build();
    }

    @PUT
    @Path(BUDGET + "/lines/{lineId}/expenses")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public BudgetView.LineView expenses(@PathParam("budgetId") UUID budgetId, @PathParam("lineId") UUID lineId,
            @Valid @NotNull ExpenseRequest request) {
        return service.setExpenses(budgetId, lineId, request, Actor.of(token));
    }

    @POST
    @Path(BUDGET + "/submit")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public BudgetView submit(@PathParam("budgetId") UUID budgetId) {
        return service.submit(budgetId, Actor.of(token));
    }

    @GET
    @Path(BUDGET + "/versions")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN, Roles.PARTNER})
    public List<VersionSummary> versions(@PathParam("budgetId") UUID budgetId) {
        return service.versions(budgetId);
    }

    @POST
    @Path(BUDGET + "/versions")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public Response newVersion(@PathParam("budgetId") UUID budgetId, @Valid @NotNull NewVersionRequest request) {
        BudgetView created = service.newVersion(budgetId, request, Actor.of(token));
        return Response.created(URI.create("/api/budget/budgets/" + budgetId + "/versions/" + created.versionNumber()))
                .entity(created).build();
    }

    @GET
    @Path(BUDGET + "/versions/{number}")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN, Roles.PARTNER})
    public BudgetView version(@PathParam("budgetId") UUID budgetId, @PathParam("number") int number) {
        return forCaller(service.view(budgetId, number));
    }

    private BudgetView forCaller(BudgetView view) {
        return Readers.committee(identity) ? view : BudgetViews.withoutPersonalDetail(view, views.english());
    }

    @GET
    @Path(BUDGET + "/diff")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public VersionDiff diff(@PathParam("budgetId") UUID budgetId,
            @QueryParam("from") @NotNull @Pattern(regexp = Params.NUMBER, message = Params.MESSAGE) String from,
            @QueryParam("to") @NotNull @Pattern(regexp = Params.NUMBER, message = Params.MESSAGE) String to) {
        return service.diff(budgetId, Params.number(from), Params.number(to));
    }

    @GET
    @Path(BUDGET + "/scenarios")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN, Roles.PARTNER})
    public List<BudgetView.ScenarioResult> scenarios(@PathParam("budgetId") UUID budgetId,
            @QueryParam("participants")
            List<@Pattern(regexp = Params.NUMBER, message = Params.MESSAGE) String> participants) {
        return service.scenarios(budgetId, participants.stream().map(Params::number).toList());
    }

    @GET
    @Path(BUDGET + "/audit")
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public List<AuditTrail.EntryView> audit(@PathParam("budgetId") UUID budgetId) {
        service.budget(budgetId);
        return audit.of(budgetId);
    }
}
