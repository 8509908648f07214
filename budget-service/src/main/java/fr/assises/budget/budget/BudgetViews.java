package fr.assises.budget.budget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.assises.budget.accounts.Account;
import fr.assises.budget.accounts.Accounts;
import fr.assises.budget.accounts.Side;
import fr.assises.budget.actuals.ActualFigures;
import fr.assises.budget.actuals.LineExpense;
import fr.assises.budget.actuals.LineExpenseRepository;
import fr.assises.budget.actuals.RegistrationProjectionRepository;
import fr.assises.budget.billing.BillingIncome;
import fr.assises.budget.fees.FeeSchedule;
import fr.assises.budget.funders.Funder;
import fr.assises.budget.funders.FunderRepository;
import fr.assises.budget.funders.FunderView;
import fr.assises.budget.money.Money;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** Turns stored versions into computed views (callers hold the transaction). */
@ApplicationScoped
public class BudgetViews {

    @Inject
    BudgetLineRepository lines;

    @Inject
    FunderRepository funders;

    @Inject
    LineExpenseRepository expenses;

    @Inject
    RegistrationProjectionRepository registrations;

    @Inject
    HypothesesStore store;

    @Inject
    CurrentVertxRequest request;

    @Inject
    BillingIncome billing;

    private static final BillingIncome.Amounts NOTHING_BILLED = new BillingIncome.Amounts(0, 0);

    public BudgetView assemble(Budget budget, BudgetVersion version) {
        Hypotheses h = hypotheses(version);
        ActualFigures actual = registrations.figures(budget.congressId);
        List<BudgetLine> versionLines = lines.ofVersion(version.id);
        Map<UUID, Funder> funderById = funders.byId(budget.id);
        Map<UUID, LineExpense> expenseByKey = expenses.byLineKey(budget.id);
        Map<String, BillingIncome.Amounts> billed = billing.byCategory(budget.congressId);

        Map<String, List<BudgetView.LineView>> byGroup = new LinkedHashMap<>();
        for (BudgetLine line : versionLines) {
            byGroup.computeIfAbsent(Accounts.get(line.accountCode).group(), g -> new ArrayList<>())
                    .add(line(line, h, actual, funderById, expenseByKey, billed));
        }
        List<BudgetView.GroupView> charges = new ArrayList<>();
        List<BudgetView.GroupView> produits = new ArrayList<>();
        List<BudgetView.GroupView> uses = new ArrayList<>();
        List<BudgetView.GroupView> contributions = new ArrayList<>();
        for (Account group : Accounts.groups()) {
            List<BudgetView.LineView> groupLines = byGroup.getOrDefault(group.code(), List.of());
            long total = groupLines.stream().mapToLong(BudgetView.LineView::valueCents).sum();
            BudgetView.GroupView view = new BudgetView.GroupView(group.code(), group.label(), group.labelEn(), total,
                    Money.format(total), groupLines);
            switch (group.side()) {
                case CHARGES -> charges.add(view);
                case PRODUITS -> produits.add(view);
                case IN_KIND_USES -> uses.add(view);
                case IN_KIND_CONTRIBUTIONS -> contributions.add(view);
                default -> throw new IllegalStateException();
            }
        }
        BudgetCalculator.Sums sums = BudgetCalculator.sums(versionLines, h, actual);
        long balance = sums.balance();
        BudgetView.Totals totals = new BudgetView.Totals(sums.chargesCents(), sums.produitsCents(),
                sums.inKindUsesCents(), sums.inKindContributionsCents(), sums.totalCharges(), sums.totalProduits(),
                balance, Money.format(balance), balance == 0 && sums.inKindUsesCents() == sums.inKindContributionsCents());
        Integer breakEven = BudgetCalculator.breakEven(versionLines, h, actual);
        return new BudgetView(budget.id, budget.congressId, budget.aggregateVersion, version.number, version.name,
                version.status, version.number == budget.currentVersion, Money.CURRENCY, version.submittedAt, h,
                charges, produits, uses, contributions, totals,
                funderViews(versionLines, h, actual, funderById.values(), sums.totalCharges()),
                scenarios(versionLines, h, actual, h.scenarios()),
                new BudgetView.BreakEven(breakEven, breakEven == null ? "aucun" : Money.group(breakEven) + " participants"),
                fees(budget, version), programme(budget));
    }

    private BudgetView.Programme programme(Budget budget) {
        boolean meals = store.meals(budget.congressId).known();
        return store.programme(budget.congressId).map(p -> new BudgetView.Programme(true, p.days(), p.halfDays(), meals))
                .orElse(new BudgetView.Programme(false, null, null, meals));
    }

    private BudgetView.RegistrationFees fees(Budget budget, BudgetVersion version) {
        FeeSchedule schedule = store.schedule(budget.congressId);
        return new BudgetView.RegistrationFees(schedule.known(), version.status == VersionStatus.SUBMITTED,
                schedule.version());
    }

    /** The calculations' language: English when the caller's Accept-Language puts it first, French otherwise. */
    boolean english() {
        if (!Arc.container().requestContext().isActive()) {
            return false;
        }
        RoutingContext context = request.getCurrent();
        // the exports are the French subsidy form's documents, whatever the browser that downloads them speaks
        if (context == null || context.normalizedPath().contains("/export.")) {
            return false;
        }
        String accepted = context.request().getHeader("Accept-Language");
        return accepted != null && accepted.strip().toLowerCase(Locale.ROOT).startsWith("en");
    }

    private static List<BudgetView.RevenuePart> revenue(BudgetLine line, Hypotheses h, ActualFigures actual,
            Map<String, BillingIncome.Amounts> billed) {
        if (line.driver != Driver.REGISTRATION_REVENUE) {
            return null;
        }
        Map<String, Long> counts = h.categoryCounts();
        List<BudgetView.RevenuePart> parts = new ArrayList<>();
        for (Hypotheses.CategoryMix mix : h.categories()) {
            if (line.category != null && !line.category.equals(mix.code())) {
                continue;
            }
            long count = counts.getOrDefault(mix.code(), 0L);
            parts.add(new BudgetView.RevenuePart(mix.code(), mix.label(false), mix.label(true), count, mix.feeCents(),
                    !Boolean.FALSE.equals(mix.feeKnown()), count * mix.feeCents(), actual.confirmed(mix.code()),
                    actual.revenue(mix.code()), billed.getOrDefault(mix.code(), NOTHING_BILLED).invoicedCents(),
                    billed.getOrDefault(mix.code(), NOTHING_BILLED).receivedCents()));
        }
        return parts;
    }

    public BudgetView.LineView line(Budget budget, BudgetVersion version, BudgetLine line) {
        return line(line, hypotheses(version), registrations.figures(budget.congressId), funders.byId(budget.id),
                expenses.byLineKey(budget.id), billing.byCategory(budget.congressId));
    }

    public List<BudgetView.ScenarioResult> scenarios(List<BudgetLine> versionLines, Hypotheses h, ActualFigures actual,
            List<Hypotheses.Scenario> asked) {
        return asked.stream().map(s -> {
            BudgetCalculator.Sums sums = BudgetCalculator.sums(versionLines, h.withParticipants(s.participants()), actual);
            return new BudgetView.ScenarioResult(s.name(), s.participants(), sums.chargesCents(), sums.produitsCents(),
                    sums.totalCharges(), sums.totalProduits(), sums.balance());
        }).toList();
    }

    public List<FunderView> funderViews(List<BudgetLine> versionLines, Hypotheses h, ActualFigures actual,
            Iterable<Funder> all, long totalCharges) {
        Map<UUID, Long> provisional = new LinkedHashMap<>();
        for (BudgetLine line : versionLines) {
            if (line.funderId != null) {
                provisional.merge(line.funderId, BudgetCalculator.value(line, h, actual), Long::sum);
            }
        }
        List<FunderView> result = new ArrayList<>();
        for (Funder f : all) {
            long amount = provisional.getOrDefault(f.id, 0L);
            long rate = Money.basisPoints(amount, totalCharges);
            long grantedRate = Money.basisPoints(f.grantedCents, totalCharges);
            result.add(new FunderView(f.id, f.type, f.type.label(), f.name, f.agency, f.status, amount,
                    f.requestedCents, f.grantedCents, f.paidCents, f.requestedOn, f.grantedOn, f.paidOn,
                    rate, Money.percent(rate), grantedRate, Money.percent(grantedRate), f.conditions));
        }
        return result;
    }

    private BudgetView.LineView line(BudgetLine line, Hypotheses h, ActualFigures actual, Map<UUID, Funder> funderById,
            Map<UUID, LineExpense> expenseByKey, Map<String, BillingIncome.Amounts> billed) {
        Account account = Accounts.get(line.accountCode);
        BudgetCalculator.LineResult current = BudgetCalculator.compute(line, line.basis, h, actual, english());
        long provisional = line.basis == Basis.HYPOTHESIS ? current.valueCents()
                : BudgetCalculator.compute(line, Basis.HYPOTHESIS, h, actual).valueCents();
        Long confirmed = null;
        if (line.driver == Driver.PER_PARTICIPANT || line.driver == Driver.PER_MEAL
                || line.driver == Driver.REGISTRATION_REVENUE) {
            confirmed = line.basis == Basis.CONFIRMED ? current.valueCents()
                    : BudgetCalculator.compute(line, Basis.CONFIRMED, h, actual).valueCents();
        }
        LineExpense expense = expenseByKey.get(line.lineKey);
        Funder funder = line.funderId == null ? null : funderById.get(line.funderId);
        String fte = line.fteNumerator == null ? null : line.fteNumerator + "/" + line.fteDenominator;
        return new BudgetView.LineView(line.id, line.lineKey, line.accountCode, account.label(), line.label, line.driver,
                line.basis, current.formula(), current.valueCents(), Money.format(current.valueCents()), provisional,
                confirmed, expense == null ? 0 : expense.committedCents, expense == null ? 0 : expense.paidCents,
                line.unitCents, line.quantity, line.perRoom, line.category, line.sessionId, fte, line.months,
                line.funderId, funder == null ? null : funder.displayName(), revenue(line, h, actual, billed));
    }

    /**
     * The view for readers outside the organising committee: the staff lines of each heading are merged into one,
     * because a line's FTE, months and monthly cost would tell what an identifiable employee earns; the merged line
     * is worded in English for an English reader.
     */
    public static BudgetView withoutPersonalDetail(BudgetView view, boolean english) {
        return new BudgetView(view.budgetId(), view.congressId(), view.version(), view.versionNumber(),
                view.versionName(), view.status(), view.current(), view.currency(), view.submittedAt(),
                view.hypotheses(), mergeStaff(view.charges(), english), view.produits(), view.inKindUses(),
                view.inKindContributions(), view.totals(), view.funders(), view.scenarios(), view.breakEven(),
                view.registrationFees(), view.programme());
    }

    private static List<BudgetView.GroupView> mergeStaff(List<BudgetView.GroupView> groups, boolean english) {
        List<BudgetView.GroupView> result = new ArrayList<>();
        for (BudgetView.GroupView group : groups) {
            List<BudgetView.LineView> staff = group.lines().stream().filter(l -> l.driver() == Driver.STAFF).toList();
            if (staff.isEmpty()) {
                result.add(group);
                continue;
            }
            List<BudgetView.LineView> lines = new ArrayList<>(group.lines().stream()
                    .filter(l -> l.driver() != Driver.STAFF).toList());
            long value = staff.stream().mapToLong(BudgetView.LineView::valueCents).sum();
            long provisional = staff.stream().mapToLong(BudgetView.LineView::provisionalCents).sum();
            long committed = staff.stream().mapToLong(BudgetView.LineView::committedCents).sum();
            long paid = staff.stream().mapToLong(BudgetView.LineView::paidCents).sum();
            lines.add(new BudgetView.LineView(null, null, group.code(), group.label(),
                    english ? "Staff: " + staff.size() + (staff.size() > 1 ? " positions" : " position")
                            : "Personnel : " + staff.size() + (staff.size() > 1 ? " postes" : " poste"),
                    Driver.STAFF, Basis.HYPOTHESIS,
                    (english ? "Details kept for the organising committee = " : "Détail réservé au comité d'organisation = ")
                            + Money.format(value), value, Money.format(value),
                    provisional, null, committed, paid, 0, staff.size(), false, null, null, null, null, null, null,
                    null));
            result.add(new BudgetView.GroupView(group.code(), group.label(), group.labelEn(), group.totalCents(),
                    group.total(), lines));
        }
        return result;
    }

    public static boolean isCharge(String accountCode) {
        return Accounts.get(accountCode).side() == Side.CHARGES;
    }

    private Hypotheses hypotheses(BudgetVersion version) {
        return store.read(version);
    }
}
