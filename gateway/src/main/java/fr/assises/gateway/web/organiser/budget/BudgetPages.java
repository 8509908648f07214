package fr.assises.gateway.web.organiser.budget;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.BudgetClient;
import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** The budget editor: every line's unit amount and quantity; budget-service recomputes the totals and the balance. */
@Path("/organisation/{slug}/budget")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class BudgetPages {

    @CheckedTemplate(basePath = "organiser/budget")
    static class Templates {
        static native TemplateInstance budgetEditor(Visitor.Page page, Dto.Congress congress, Panel<Dto.Budget> budget,
                MultivaluedMap<String, String> typed, FormErrors errors, String flash);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    BudgetClient budget;

    @GET
    public TemplateInstance budgetEditor(@PathParam("slug") String slug, @QueryParam("ok") String flash) {
        Dto.Congress congress = congresses.bySlug(slug);
        return budgetPage(congress, null, FormErrors.none(), flash);
    }

    /**
     * Saves the lines whose unit amount or quantity changed, one PUT each (budget-service recomputes the totals
     * and the balance). The first refusal stops there and is shown on its line; lines saved before it stay saved.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveBudget(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        Dto.Budget current;
        try {
            current = budget.ofCongress(congress.congressId());
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("budget");
        }
        List<Dto.BudgetGroup> groups = new ArrayList<>(current.chargesOrEmpty());
        groups.addAll(current.produitsOrEmpty());
        for (Dto.BudgetGroup group : groups) {
            for (Dto.BudgetLine line : group.linesOrEmpty()) {
                if (line.staff()) {
                    continue;
                }
                String amount = Forms.blankToNull(fields.getFirst("unit_" + line.id()));
                String quantity = Forms.blankToNull(fields.getFirst("qty_" + line.id()));
                if (amount == null && quantity == null) {
                    continue;
                }
                BigDecimal unit = euros(amount);
                Long qty = count(quantity);
                if (unit == null || qty == null) {
                    return refusedLine(congress, fields, line, visitor.t(
                            "Montant en euros (ex. 1234,50) et quantité entière attendus.",
                            "An amount in euros (e.g. 1234.50) and a whole quantity are expected."));
                }
                if (unit.movePointRight(2).compareTo(BigDecimal.valueOf(line.unitCents())) == 0
                        && qty == line.quantity()) {
                    continue;
                }
                try {
                    budget.updateLine(current.budgetId(), line.id(), new Dto.LineRequest(line.account(),
                            line.label(), line.driver(), line.basis(), unit, qty, line.perRoom(), line.category(),
                            line.sessionId(), line.fte(), line.months(), line.funderId()));
                } catch (WebApplicationException e) {
                    if (Forms.refused(e)) {
                        return refusedLine(congress, fields, line, FormErrors.from(e).inOneLine());
                    }
                    throw new ServiceUnavailable("budget");
                } catch (RuntimeException e) {
                    throw new ServiceUnavailable("budget");
                }
            }
        }
        return Response.seeOther(URI.create("/organisation/" + slug + "/budget?ok=saved")).build();
    }

    private Response refusedLine(Dto.Congress congress, MultivaluedMap<String, String> typed, Dto.BudgetLine line,
            String message) {
        return Forms.html(422, budgetPage(congress, typed, new FormErrors(Map.of(line.id(), message), null), null));
    }

    private TemplateInstance budgetPage(Dto.Congress congress, MultivaluedMap<String, String> typed,
            FormErrors errors, String flash) {
        return Templates.budgetEditor(visitor.page("Budget – " + congress.title()), congress,
                Calls.panel("budget", () -> budget.ofCongress(congress.congressId())), typed, errors, flash)
                .setLocale(visitor.locale());
    }

    /** {@code 1 234,50} or {@code 1234.5} as euros with at most two decimals; null when unreadable. */
    static BigDecimal euros(String typed) {
        if (typed == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(typed.replaceAll("[\\s\u00a0\u202f€]", "").replace(',', '.'));
            return value.signum() < 0 || value.scale() > 2 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long count(String typed) {
        try {
            long value = Long.parseLong(typed == null ? "" : typed.trim());
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
