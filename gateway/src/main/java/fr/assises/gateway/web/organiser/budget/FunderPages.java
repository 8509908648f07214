package fr.assises.gateway.web.organiser.budget;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
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
 * The budget's funders: requested, granted and paid amounts with their dates, conditions and co-financing rate;
 * added, edited (the commitment only moves forward, budget-service says so) and deleted while no line names them.
 */
@Path("/organisation/{slug}/budget/financeurs")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class FunderPages {

    static final List<String> TYPES = List.of("ETAT", "REGION", "DEPARTEMENT", "INTERCOMMUNALITE", "COMMUNE",
            "FONDS_EUROPEENS", "AUTRE_PUBLIC", "PRIVE");
    static final List<String> STATUSES = List.of("REQUESTED", "GRANTED", "PAID");
    private static final List<String> FIELDS = List.of("type", "name", "agency", "status", "requested", "requestedOn",
            "granted", "grantedOn", "paid", "paidOn", "conditions");

    /** One funder's form (or the new one's, key {@code new}): the values shown and the refusals next to them. */
    public record FunderForm(String key, BudgetEditorClient.FunderView funder, Map<String, String> values,
            FormErrors errors) {

        public boolean open() {
            return errors.any();
        }
    }

    @CheckedTemplate(basePath = "organiser/budget")
    static class Templates {
        static native TemplateInstance budgetFunders(Visitor.Page page, Dto.Congress congress,
                BudgetEditorClient.View budget, List<FunderForm> funders, FunderForm added, List<String> types,
                List<String> statuses, String flash);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    BudgetEditorClient budgets;

    @GET
    public TemplateInstance funders(@PathParam("slug") String slug, @QueryParam("ok") String flash) {
        Dto.Congress congress = congresses.bySlug(slug);
        return render(congress, current(congress), null, Map.of(), FormErrors.none(), flash);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        return save(slug, "new", form);
    }

    @POST
    @Path("/{funderId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("slug") String slug, @PathParam("funderId") String funderId,
            MultivaluedMap<String, String> form) {
        return save(slug, funderId, form);
    }

    @POST
    @Path("/{funderId}/suppression")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("slug") String slug, @PathParam("funderId") String funderId) {
        Dto.Congress congress = congresses.bySlug(slug);
        BudgetEditorClient.View budget = current(congress);
        try {
            budgets.deleteFunder(budget.budgetId(), funderId);
            return Response.seeOther(URI.create("/organisation/" + slug + "/budget/financeurs?ok=deleted")).build();
        } catch (WebApplicationException e) {
            return refused(congress, budget, funderId, Map.of(), e, "delete");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("budget");
        }
    }

    private Response save(String slug, String key, MultivaluedMap<String, String> form) {
        Dto.Congress congress = congresses.bySlug(slug);
        BudgetEditorClient.View budget = current(congress);
        Map<String, String> typed = new LinkedHashMap<>();
        FIELDS.forEach(f -> typed.put(f, form.getFirst(f) == null ? "" : form.getFirst(f).strip()));
        Map<String, String> unreadable = new LinkedHashMap<>();
        BudgetEditorClient.FunderRequest request = new BudgetEditorClient.FunderRequest(Forms.blankToNull(typed.get("type")),
                typed.get("name"), Forms.blankToNull(typed.get("agency")), Forms.blankToNull(typed.get("status")),
                amount(typed, "requested", unreadable), amount(typed, "granted", unreadable),
                amount(typed, "paid", unreadable), date(typed, "requestedOn", unreadable),
                date(typed, "grantedOn", unreadable), date(typed, "paidOn", unreadable), typed.get("conditions"));
        if (!unreadable.isEmpty()) {
            return Forms.html(422, render(congress, budget, key, typed, new FormErrors(unreadable, null), null));
        }
        try {
            if ("new".equals(key)) {
                budgets.addFunder(budget.budgetId(), request);
            } else {
                budgets.updateFunder(budget.budgetId(), key, request);
            }
            return Response.seeOther(URI.create("/organisation/" + slug + "/budget/financeurs?ok=saved")).build();
        } catch (WebApplicationException e) {
            return refused(congress, budget, key, typed, e, "status");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("budget");
        }
    }

    /** The service's refusal on the form that was sent: field by field, else on {@code fallback}. */
    private Response refused(Dto.Congress congress, BudgetEditorClient.View budget, String key, Map<String, String> typed,
            WebApplicationException e, String fallback) {
        if (!Forms.refused(e)) {
            throw new ServiceUnavailable("budget");
        }
        FormErrors from = FormErrors.from(e);
        Map<String, String> fields = new LinkedHashMap<>();
        from.fields().forEach((field, message) -> fields.put(FIELDS.contains(field) ? field : fallback, message));
        if (fields.isEmpty()) {
            fields.put(fallback, from.general());
        }
        int status = e.getResponse().getStatus() == 409 ? 409 : 422;
        return Forms.html(status, render(congress, budget, key, typed, new FormErrors(fields, null), null));
    }

    private BigDecimal amount(Map<String, String> typed, String field, Map<String, String> unreadable) {
        String value = typed.get(field);
        if (value.isEmpty()) {
            return null;
        }
        BigDecimal amount = LineForm.euros(value);
        if (amount == null) {
            unreadable.put(field, visitor.words(BudgetMsg.class).funder_amount_expected());
        }
        return amount;
    }

    private String date(Map<String, String> typed, String field, Map<String, String> unreadable) {
        String value = typed.get(field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            unreadable.put(field, visitor.words(BudgetMsg.class).date_expected());
            return null;
        }
    }

    private TemplateInstance render(Dto.Congress congress, BudgetEditorClient.View budget, String form,
            Map<String, String> typed, FormErrors errors, String flash) {
        List<BudgetEditorClient.FunderView> funders;
        try {
            funders = budgets.funders(budget.budgetId());
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("budget");
        }
        java.util.Locale locale = visitor.locale();
        List<FunderForm> forms = funders.stream().map(f -> f.id().equals(form) ? new FunderForm(f.id(), f, typed, errors)
                : new FunderForm(f.id(), f, values(f, locale), FormErrors.none())).toList();
        FunderForm added = "new".equals(form) ? new FunderForm("new", null, typed, errors)
                : new FunderForm("new", null, Map.of("type", "REGION", "status", "REQUESTED"), FormErrors.none());
        return Templates.budgetFunders(visitor.page(visitor.words(BudgetMsg.class).funders_page(congress.title())),
                congress, budget, forms, added, TYPES, STATUSES, flash).setLocale(locale);
    }

    private static Map<String, String> values(BudgetEditorClient.FunderView f, java.util.Locale locale) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("type", f.type());
        values.put("name", f.name());
        values.put("agency", f.agency() == null ? "" : f.agency());
        values.put("status", f.status());
        values.put("requested", LineRow.plain(f.requestedCents(), locale));
        values.put("granted", f.grantedCents() == 0 ? "" : LineRow.plain(f.grantedCents(), locale));
        values.put("paid", f.paidCents() == 0 ? "" : LineRow.plain(f.paidCents(), locale));
        values.put("requestedOn", f.requestedOn() == null ? "" : f.requestedOn());
        values.put("grantedOn", f.grantedOn() == null ? "" : f.grantedOn());
        values.put("paidOn", f.paidOn() == null ? "" : f.paidOn());
        values.put("conditions", f.conditions() == null ? "" : f.conditions());
        return values;
    }

    private BudgetEditorClient.View current(Dto.Congress congress) {
        try {
            return budgets.ofCongress(congress.congressId());
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("budget");
        }
    }
}
