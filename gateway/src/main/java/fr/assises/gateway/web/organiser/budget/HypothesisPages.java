package fr.assises.gateway.web.organiser.budget;

import java.net.URI;
import java.util.ArrayList;
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
import fr.assises.gateway.web.shared.Charts;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The budget's hypotheses (participants, days, rooms, speakers, each category's share, meal shares) and its
 * named scenarios, with what budget-service computes of them: each scenario's balance, the break-even point in
 * participants and the balance against attendance (a table, and a chart of the same figures).
 */
@Path("/organisation/{slug}/budget/hypotheses")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class HypothesisPages {

    /** The attendances the balance is computed at: from none to twice the hypothesis, in ten steps. */
    static List<Integer> attendances(int participants) {
        int top = Math.max(100, participants * 2);
        int step = Math.max(1, (int) Math.round(top / 10.0 / 10.0) * 10);
        List<Integer> points = new ArrayList<>();
        for (int n = 0; n <= top; n += step) {
            points.add(n);
        }
        return points;
    }

    @CheckedTemplate(basePath = "organiser/budget")
    static class Templates {
        static native TemplateInstance budgetHypotheses(Visitor.Page page, Dto.Congress congress,
                BudgetEditorClient.View budget, Map<String, String> values, int categoryRows, int scenarioRows,
                List<BudgetEditorClient.ScenarioResult> curve, String chart, List<String> numberFields,
                FormErrors errors, String flash, List<BudgetEditorClient.Fee> registrationFees,
                Map<String, Long> feeOf);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    BudgetEditorClient budgets;

    @GET
    public TemplateInstance hypotheses(@PathParam("slug") String slug, @QueryParam("ok") String flash) {
        Dto.Congress congress = congresses.bySlug(slug);
        BudgetEditorClient.View budget = current(congress);
        return render(congress, budget, values(budget), FormErrors.none(), flash);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        Dto.Congress congress = congresses.bySlug(slug);
        BudgetEditorClient.View budget = current(congress);
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((k, v) -> typed.put(k, v.isEmpty() || v.get(0) == null ? "" : v.get(0).strip()));
        Map<String, String> unreadable = new LinkedHashMap<>();
        String number = visitor.words(BudgetMsg.class).whole_number_expected();
        Integer participants = whole(typed, "participants", number, unreadable);
        Integer days = whole(typed, "days", number, unreadable);
        Integer halfDays = whole(typed, "halfDays", number, unreadable);
        Integer rooms = whole(typed, "rooms", number, unreadable);
        Integer speakers = whole(typed, "speakers", number, unreadable);
        List<BudgetEditorClient.CategoryRequest> categories = new ArrayList<>();
        for (int i = 0; typed.containsKey("cat_code_" + i); i++) {
            String code = typed.get("cat_code_" + i);
            if (code.isEmpty()) {
                continue;
            }
            Integer percent = whole(typed, "cat_pct_" + i, number, unreadable);
            categories.add(new BudgetEditorClient.CategoryRequest(code, percent));
        }
        List<BudgetEditorClient.Meal> meals = new ArrayList<>();
        for (int i = 0; typed.containsKey("meal_id_" + i); i++) {
            Integer percent = whole(typed, "meal_pct_" + i, number, unreadable);
            meals.add(new BudgetEditorClient.Meal(typed.get("meal_id_" + i), typed.get("meal_label_" + i),
                    percent == null ? 0 : percent));
        }
        List<BudgetEditorClient.Scenario> scenarios = new ArrayList<>();
        for (int i = 0; typed.containsKey("sc_name_" + i); i++) {
            if (typed.get("sc_name_" + i).isEmpty() && typed.getOrDefault("sc_n_" + i, "").isEmpty()) {
                continue;
            }
            Integer n = whole(typed, "sc_n_" + i, number, unreadable);
            scenarios.add(new BudgetEditorClient.Scenario(typed.get("sc_name_" + i), n == null ? 0 : n));
        }
        if (!unreadable.isEmpty()) {
            return Forms.html(422, render(congress, budget, typed, new FormErrors(unreadable, null), null));
        }
        try {
            budgets.hypotheses(budget.budgetId(), new BudgetEditorClient.HypothesesRequest(participants, days, halfDays,
                    rooms, speakers, categories, meals, scenarios));
            return Response.seeOther(URI.create("/organisation/" + slug + "/budget/hypotheses?ok=saved")).build();
        } catch (WebApplicationException e) {
            if (!Forms.refused(e)) {
                throw new ServiceUnavailable("budget");
            }
            FormErrors refused = FormErrors.from(e);
            Map<String, String> fields = new LinkedHashMap<>(refused.fields());
            // a refusal about one category's code (categories[1].code) is shown on the categories
            fields.keySet().stream().filter(k -> k.startsWith("categories[")).findFirst()
                    .ifPresent(k -> fields.put("categories", fields.remove(k)));
            if (fields.isEmpty()) {
                // budget-service's rules on the mix name it in words: shown on the categories they are about
                fields.put(refused.general() != null && refused.general().contains("catégorie") ? "categories" : "general",
                        refused.general());
            }
            int status = e.getResponse().getStatus() == 409 ? 409 : 422;
            return Forms.html(status, render(congress, budget, typed, new FormErrors(fields, null), null));
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("budget");
        }
    }

    private static Integer whole(Map<String, String> typed, String field, String message, Map<String, String> unreadable) {
        String value = typed.getOrDefault(field, "");
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value.replaceAll("[\\s\u00a0\u202f]", ""));
        } catch (NumberFormatException e) {
            unreadable.put(field.startsWith("cat_") ? "categories" : field.startsWith("meal_") ? "meals"
                    : field.startsWith("sc_") ? "scenarios" : field, message);
            return null;
        }
    }

    /** The stored hypotheses as the form's fields. */
    private static Map<String, String> values(BudgetEditorClient.View budget) {
        Map<String, String> values = new LinkedHashMap<>();
        BudgetEditorClient.Hypotheses h = budget.hypotheses();
        if (h == null) {
            return values;
        }
        values.put("participants", Integer.toString(h.participants()));
        values.put("days", Integer.toString(h.days()));
        values.put("halfDays", Integer.toString(h.halfDays()));
        values.put("rooms", Integer.toString(h.rooms()));
        values.put("speakers", Integer.toString(h.speakers()));
        List<BudgetEditorClient.Category> categories = h.categories() == null ? List.of() : h.categories();
        for (int i = 0; i < categories.size(); i++) {
            values.put("cat_code_" + i, categories.get(i).code());
            values.put("cat_pct_" + i, Integer.toString(categories.get(i).percent()));
        }
        List<BudgetEditorClient.Meal> meals = h.meals() == null ? List.of() : h.meals();
        for (int i = 0; i < meals.size(); i++) {
            values.put("meal_id_" + i, meals.get(i).sessionId());
            values.put("meal_label_" + i, meals.get(i).label());
            values.put("meal_pct_" + i, Integer.toString(meals.get(i).percent()));
        }
        List<BudgetEditorClient.Scenario> scenarios = h.scenarios() == null ? List.of() : h.scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            values.put("sc_name_" + i, scenarios.get(i).name());
            values.put("sc_n_" + i, Integer.toString(scenarios.get(i).participants()));
        }
        return values;
    }

    private TemplateInstance render(Dto.Congress congress, BudgetEditorClient.View budget, Map<String, String> values,
            FormErrors errors, String flash) {
        BudgetEditorClient.Hypotheses h = budget.hypotheses();
        int categories = Math.max(h == null || h.categories() == null ? 0 : h.categories().size(), rows(values, "cat_code_")) + 1;
        int scenarios = Math.max(h == null || h.scenarios() == null ? 0 : h.scenarios().size(), rows(values, "sc_name_")) + 1;
        List<BudgetEditorClient.ScenarioResult> curve = List.of();
        String chart = null;
        try {
            curve = budgets.scenarios(budget.budgetId(), attendances(h == null ? 0 : h.participants()));
            chart = Charts.balanceByAttendance(curve.stream().map(BudgetEditorClient.ScenarioResult::participants).toList(),
                    curve.stream().map(BudgetEditorClient.ScenarioResult::balanceCents).toList(),
                    visitor.words(BudgetMsg.class).balance());
        } catch (RuntimeException e) {
            // the table and chart of the curve stay out; the rest of the page does not depend on them
        }
        List<BudgetEditorClient.Fee> fees = registrationFees(congress);
        return Templates.budgetHypotheses(visitor.page(visitor.words(BudgetMsg.class).hypotheses_page(
                congress.title())), congress, budget, values, categories, scenarios, curve, chart,
                budget.daysFromProgramme() ? List.of("participants", "rooms", "speakers")
                        : List.of("participants", "days", "halfDays", "rooms", "speakers"), errors, flash, fees,
                feeOf(budget, fees)).setLocale(visitor.locale());
    }

    /** registration-service's categories as the budget knows them; none before its first settings event. */
    private List<BudgetEditorClient.Fee> registrationFees(Dto.Congress congress) {
        try {
            BudgetEditorClient.FeeSchedule schedule = budgets.registrationFees(congress.congressId());
            return schedule.fees() == null ? List.of() : schedule.fees();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The fee each category code counts with, shown next to its share (never typed here): registration-service's,
     * or for a submitted version the fee it was submitted with.
     */
    private static Map<String, Long> feeOf(BudgetEditorClient.View budget, List<BudgetEditorClient.Fee> fees) {
        Map<String, Long> feeOf = new LinkedHashMap<>();
        if (budget.submitted() && budget.hypotheses() != null && budget.hypotheses().categories() != null) {
            budget.hypotheses().categories().forEach(c -> feeOf.put(c.code(), c.feeCents()));
        } else {
            fees.forEach(f -> feeOf.put(f.code(), f.feeCents()));
        }
        return feeOf;
    }

    /** How many rows of a repeated field the values hold ({@code cat_code_0}, {@code cat_code_1}…). */
    private static int rows(Map<String, String> values, String prefix) {
        int rows = 0;
        while (values.containsKey(prefix + rows)) {
            rows++;
        }
        return rows;
    }

    private BudgetEditorClient.View current(Dto.Congress congress) {
        try {
            return budgets.ofCongress(congress.congressId());
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("budget");
        }
    }
}
