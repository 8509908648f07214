package fr.assises.budget.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.budget.actuals.ActualFigures;
import fr.assises.budget.actuals.RegistrationProjectionRepository;
import fr.assises.budget.budget.BudgetService;
import fr.assises.budget.budget.BudgetView;
import fr.assises.budget.budget.Driver;
import fr.assises.budget.congresses.CongressTitles;
import fr.assises.budget.funders.FunderView;

/** Reads a computed version once, then hands it to the CSV, XLSX and PDF writers or sums it for partners. */
@ApplicationScoped
public class ExportService {

    @Inject
    CongressTitles titles;

    @Inject
    BudgetService budgets;

    @Inject
    RegistrationProjectionRepository registrations;

    /** The congress's title from programme-events, or null until it has arrived. */
    @Transactional
    public String congressTitle(UUID congressId) {
        return titles.titleOf(congressId).orElse(null);
    }

    @Transactional
    public BudgetView view(UUID budgetId, Integer version) {
        return budgets.view(budgetId, version);
    }

    @Transactional
    public BudgetSummary summary(UUID congressId) {
        BudgetView view = budgets.viewOfCongress(congressId);
        ActualFigures actual = registrations.figures(congressId);
        long revenueProvisional = 0;
        long revenueConfirmed = 0;
        for (BudgetView.GroupView group : view.produits()) {
            for (BudgetView.LineView line : group.lines()) {
                if (line.driver() == Driver.REGISTRATION_REVENUE) {
                    revenueProvisional += line.provisionalCents();
                    revenueConfirmed += line.confirmedCents() == null ? line.provisionalCents() : line.confirmedCents();
                }
            }
        }
        List<BudgetSummary.GroupTotal> inKind = new ArrayList<>(totals(view.inKindUses()));
        inKind.addAll(totals(view.inKindContributions()));
        List<BudgetSummary.FunderTotal> funders = view.funders().stream().map(ExportService::funder).toList();
        return new BudgetSummary(view.budgetId(), view.congressId(), view.version(), view.versionNumber(),
                view.versionName(), view.status(), view.currency(), totals(view.charges()), totals(view.produits()),
                inKind, funders, view.totals(),
                new BudgetSummary.Actual(view.hypotheses().participants(), actual.confirmed(), revenueProvisional,
                        revenueConfirmed, actual.meals()),
                view.scenarios(), view.breakEven());
    }

    private static List<BudgetSummary.GroupTotal> totals(List<BudgetView.GroupView> groups) {
        return groups.stream().map(g -> {
            long provisional = 0;
            long confirmed = 0;
            long committed = 0;
            long paid = 0;
            for (BudgetView.LineView line : g.lines()) {
                provisional += line.provisionalCents();
                confirmed += line.confirmedCents() == null ? line.provisionalCents() : line.confirmedCents();
                committed += line.committedCents();
                paid += line.paidCents();
            }
            return new BudgetSummary.GroupTotal(g.code(), g.label(), g.labelEn(), provisional, confirmed, committed,
                    paid);
        }).toList();
    }

    private static BudgetSummary.FunderTotal funder(FunderView f) {
        return new BudgetSummary.FunderTotal(f.typeLabel(), f.name(), f.status().name(), f.provisionalCents(),
                f.requestedCents(), f.grantedCents(), f.paidCents(), f.coFinancingRate());
    }
}
