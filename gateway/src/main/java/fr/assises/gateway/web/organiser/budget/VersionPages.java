package fr.assises.gateway.web.organiser.budget;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The budget's versions: the list with their totals, submitting the current one (a confirmation page first, then
 * it is frozen), starting the next one, and the difference between any two in a table.
 */
@Path("/organisation/{slug}/budget/versions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class VersionPages {

    @CheckedTemplate(basePath = "organiser/budget")
    static class Templates {
        static native TemplateInstance budgetVersions(Visitor.Page page, Dto.Congress congress,
                BudgetEditorClient.View budget, List<BudgetEditorClient.VersionSummary> versions,
                BudgetEditorClient.Diff diff, String typedName, FormErrors errors, String flash);

        static native TemplateInstance budgetSubmit(Visitor.Page page, Dto.Congress congress,
                BudgetEditorClient.View budget, FormErrors errors);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    BudgetEditorClient budgets;

    /** {@code ?de=1&a=2} adds the difference between those two versions. */
    @GET
    public Response versions(@PathParam("slug") String slug, @QueryParam("de") Integer from, @QueryParam("a") Integer to,
            @QueryParam("ok") String flash) {
        Dto.Congress congress = congresses.bySlug(slug);
        BudgetEditorClient.View budget = current(congress);
        BudgetEditorClient.Diff diff = null;
        FormErrors errors = FormErrors.none();
        if (from != null && to != null) {
            try {
                diff = budgets.diff(budget.budgetId(), from, to);
            } catch (WebApplicationException e) {
                if (!Forms.refused(e)) {
                    throw new ServiceUnavailable("budget");
                }
                errors = new FormErrors(Map.of("diff", FormErrors.from(e).inOneLine()), null);
            } catch (RuntimeException e) {
                throw new ServiceUnavailable("budget");
            }
        }
        TemplateInstance page = render(congress, budget, diff, "", errors, flash);
        return errors.any() ? Forms.html(422, page) : Response.ok(page).build();
    }

    @GET
    @Path("/soumission")
    public TemplateInstance confirmSubmit(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        return Templates.budgetSubmit(visitor.page(visitor.words(BudgetMsg.class).submit_page(
                congress.title())), congress, current(congress), FormErrors.none()).setLocale(visitor.locale());
    }

    /** budget-service refuses an unbalanced budget (422) or one already submitted (409): shown on the confirmation page. */
    @POST
    @Path("/soumission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        BudgetEditorClient.View budget = current(congress);
        try {
            budgets.submit(budget.budgetId());
            return Response.seeOther(java.net.URI.create("/organisation/" + slug + "/budget/versions?ok=submitted")).build();
        } catch (WebApplicationException e) {
            if (!Forms.refused(e)) {
                throw new ServiceUnavailable("budget");
            }
            FormErrors errors = new FormErrors(Map.of("submit", FormErrors.from(e).inOneLine()), null);
            return Forms.html(e.getResponse().getStatus() == 409 ? 409 : 422, Templates.budgetSubmit(
                    visitor.page(visitor.words(BudgetMsg.class).submit_page(congress.title())),
                    congress, budget, errors).setLocale(visitor.locale()));
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("budget");
        }
    }

    @POST
    @Path("/nouvelle")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response next(@PathParam("slug") String slug, @FormParam("name") String name) {
        Dto.Congress congress = congresses.bySlug(slug);
        BudgetEditorClient.View budget = current(congress);
        try {
            budgets.newVersion(budget.budgetId(), new BudgetEditorClient.NewVersion(name == null ? "" : name.strip()));
            return Response.seeOther(java.net.URI.create("/organisation/" + slug + "/budget?ok=next")).build();
        } catch (WebApplicationException e) {
            if (!Forms.refused(e)) {
                throw new ServiceUnavailable("budget");
            }
            FormErrors errors = new FormErrors(Map.of("name", FormErrors.from(e).inOneLine()), null);
            return Forms.html(422, render(congress, budget, null, name, errors, null));
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("budget");
        }
    }

    private TemplateInstance render(Dto.Congress congress, BudgetEditorClient.View budget,
            BudgetEditorClient.Diff diff, String typedName, FormErrors errors, String flash) {
        List<BudgetEditorClient.VersionSummary> versions;
        try {
            versions = budgets.versions(budget.budgetId());
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("budget");
        }
        return Templates.budgetVersions(visitor.page(visitor.words(BudgetMsg.class).versions_page(
                congress.title())), congress, budget, versions, diff, typedName == null ? "" : typedName, errors, flash)
                .setLocale(visitor.locale());
    }

    private BudgetEditorClient.View current(Dto.Congress congress) {
        try {
            return budgets.ofCongress(congress.congressId());
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("budget");
        }
    }
}
