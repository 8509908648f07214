package fr.assises.gateway.web.organiser.budget;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The budget editor in the subsidy-application layout: charges, produits and the in-kind section, every line's
 * account, label, basis, unit amount and quantity editable, lines added, moved or deleted; saved in one call that
 * budget-service applies entirely or not at all.
 */
@Path("/organisation/{slug}/budget")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class BudgetPages {

    /** A part of the form (charges, produits, in kind): its account headings with their rows, and its new row. */
    public record Section(String id, String title, List<GroupRows> groups, LineRow newRow) {

        /** What budget.js adds this section's lines to: charges, produits, or nothing (in kind stays apart). */
        public String kind() {
            return switch (id) {
                case "charges" -> "charge";
                case "produits" -> "produit";
                default -> "";
            };
        }
    }

    public record GroupRows(String code, String label, long totalCents, List<LineRow> rows) {
    }

    /** The accounts of one side of the form, for the account lists. */
    public record AccountGroup(String label, List<BudgetEditorClient.Account> accounts) {
    }

    @CheckedTemplate(basePath = "organiser/budget")
    static class Templates {
        static native TemplateInstance budgetEditor(Visitor.Page page, Dto.Congress congress,
                BudgetEditorClient.View budget, List<Section> sections, List<AccountGroup> accounts,
                List<String> drivers, List<BudgetEditorClient.Category> categories,
                List<BudgetEditorClient.Meal> meals, List<BudgetEditorClient.FunderView> funders,
                Map<String, String> errors, String general, String flash);
    }

    /** budget-service's drivers, each shown in words. */
    static final List<String> DRIVERS = List.of("FIXED", "PER_PARTICIPANT", "PER_MEAL", "PER_DAY", "PER_HALF_DAY",
            "PER_SPEAKER", "STAFF", "REGISTRATION_REVENUE");

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    BudgetEditorClient budgets;

    @GET
    public TemplateInstance budgetEditor(@PathParam("slug") String slug, @QueryParam("ok") String flash) {
        Dto.Congress congress = congresses.bySlug(slug);
        return page(congress, current(congress), null, Map.of(), null, flash);
    }

    /**
     * Sends every change of the form in one batch; nothing is sent while a field cannot be read, and a refusal
     * leaves the whole budget as it was, shown next to the line it names with what was typed kept.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveBudget(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        Dto.Congress congress = congresses.bySlug(slug);
        BudgetEditorClient.View current = current(congress);
        LineForm.Read read = LineForm.read(current, form, new LineForm.Words(
                visitor.t("Montant en euros attendu (ex. 1 234,50), positif, au plus deux décimales.",
                        "An amount in euros is expected (e.g. 1234.50), positive, with at most two decimals."),
                visitor.t("Quantité entière positive attendue.", "A positive whole quantity is expected."),
                visitor.t("Nombre de mois entier attendu.", "A whole number of months is expected.")));
        if (!read.unreadable().isEmpty()) {
            return Forms.html(422, page(congress, current, form, read.unreadable(), null, null));
        }
        if (!read.changes().isEmpty()) {
            try {
                budgets.saveLines(current.budgetId(), new BudgetEditorClient.Batch(read.changes()));
            } catch (WebApplicationException e) {
                if (!Forms.refused(e)) {
                    throw new ServiceUnavailable("budget");
                }
                Map<String, String> general = new LinkedHashMap<>();
                Map<String, String> rows = LineForm.refusal(e, read.keys(), general);
                int status = e.getResponse().getStatus() == 409 ? 409 : 422;
                return Forms.html(status, page(congress, current, form, rows, general.get("general"), null));
            } catch (RuntimeException e) {
                throw new ServiceUnavailable("budget");
            }
        }
        return Response.seeOther(URI.create("/organisation/" + slug + "/budget?ok=saved")).build();
    }

    private BudgetEditorClient.View current(Dto.Congress congress) {
        try {
            return budgets.ofCongress(congress.congressId());
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("budget");
        }
    }

    private TemplateInstance page(Dto.Congress congress, BudgetEditorClient.View budget,
            MultivaluedMap<String, String> typed, Map<String, String> errors, String general, String flash) {
        Locale locale = visitor.locale();
        List<Section> sections = List.of(
                section("charges", visitor.t("Charges (comptes 60 à 68)", "Expenses (accounts 60 to 68)"),
                        budget.charges(), "n1", typed, errors, locale),
                section("produits", visitor.t("Produits (comptes 70 à 78)", "Income (accounts 70 to 78)"),
                        budget.produits(), "n2", typed, errors, locale),
                section("nature", visitor.t("Contributions volontaires en nature (comptes 86 et 87)",
                        "Voluntary contributions in kind (accounts 86 and 87)"),
                        both(budget.inKindUses(), budget.inKindContributions()), "n3", typed, errors, locale));
        String title = visitor.t("Budget – ", "Budget – ") + congress.title();
        BudgetEditorClient.Hypotheses h = budget.hypotheses();
        return Templates.budgetEditor(visitor.page(title), congress, budget, sections, accounts(), DRIVERS,
                h == null || h.categories() == null ? List.of() : h.categories(),
                h == null || h.meals() == null ? List.of() : h.meals(),
                budget.funders() == null ? List.of() : budget.funders(), errors, general, flash).setLocale(locale);
    }

    private static List<BudgetEditorClient.Group> both(List<BudgetEditorClient.Group> a, List<BudgetEditorClient.Group> b) {
        List<BudgetEditorClient.Group> all = new ArrayList<>(a == null ? List.of() : a);
        all.addAll(b == null ? List.of() : b);
        return all;
    }

    private static Section section(String id, String title, List<BudgetEditorClient.Group> groups, String newKey,
            MultivaluedMap<String, String> typed, Map<String, String> errors, Locale locale) {
        List<GroupRows> rows = new ArrayList<>();
        for (BudgetEditorClient.Group group : groups == null ? List.<BudgetEditorClient.Group>of() : groups) {
            List<LineRow> lines = new ArrayList<>();
            for (BudgetEditorClient.Line line : group.lines() == null ? List.<BudgetEditorClient.Line>of() : group.lines()) {
                lines.add(LineRow.of(line, typed, errors.get(line.id()), locale));
            }
            if (!lines.isEmpty()) {
                rows.add(new GroupRows(group.code(), group.label(locale), group.totalCents(), lines));
            }
        }
        return new Section(id, title, rows, LineRow.blank(newKey, LineForm.NEW_ROWS.get(newKey), typed, errors.get(newKey)));
    }

    private List<AccountGroup> accounts() {
        List<BudgetEditorClient.Account> all;
        try {
            all = budgets.accounts();
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("budget");
        }
        Map<String, List<BudgetEditorClient.Account>> bySide = new LinkedHashMap<>();
        for (BudgetEditorClient.Account account : all) {
            bySide.computeIfAbsent(account.side(), s -> new ArrayList<>()).add(account.in(visitor.locale()));
        }
        List<AccountGroup> groups = new ArrayList<>();
        bySide.forEach((side, accounts) -> groups.add(new AccountGroup(switch (side) {
            case "CHARGES" -> visitor.t("Charges", "Expenses");
            case "PRODUITS" -> visitor.t("Produits", "Income");
            case "IN_KIND_USES" -> visitor.t("Emplois en nature (86)", "Uses in kind (86)");
            default -> visitor.t("Contributions en nature (87)", "Contributions in kind (87)");
        }, accounts)));
        return groups;
    }
}
