package fr.assises.budget.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.budget.accounts.Account;
import fr.assises.budget.accounts.Accounts;
import fr.assises.budget.accounts.Side;
import fr.assises.budget.actuals.ActualFigures;
import fr.assises.budget.actuals.LineExpense;
import fr.assises.budget.actuals.LineExpenseRepository;
import fr.assises.budget.actuals.RegistrationProjectionRepository;
import fr.assises.budget.audit.Actor;
import fr.assises.budget.audit.AuditTrail;
import fr.assises.budget.congresses.ProgrammeMeals;
import fr.assises.budget.events.BudgetRevisedData;
import fr.assises.budget.fees.FeeSchedule;
import fr.assises.budget.funders.Funder;
import fr.assises.budget.funders.FunderRepository;
import fr.assises.budget.money.Money;
import fr.assises.common.events.Topics;
import fr.assises.common.outbox.Outbox;
import fr.assises.common.problem.ProblemException;

/** Budgets, their versions and lines: every change is audited and published as budget revised. */
@ApplicationScoped
public class BudgetService {

    @Inject
    BudgetRepository budgets;

    @Inject
    BudgetVersionRepository versions;

    @Inject
    BudgetLineRepository lines;

    @Inject
    FunderRepository funders;

    @Inject
    LineExpenseRepository expenses;

    @Inject
    RegistrationProjectionRepository registrations;

    @Inject
    BudgetViews views;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    HypothesesStore store;

    // ---- reads

    @Transactional
    public BudgetView view(UUID budgetId, Integer versionNumber) {
        Budget budget = budgets.findByIdOptional(budgetId).orElseThrow(BudgetService::budgetNotFound);
        return views.assemble(budget, version(budget, versionNumber));
    }

    @Transactional
    public BudgetView viewOfCongress(UUID congressId) {
        Budget budget = budgets.findByCongress(congressId)
                .orElseThrow(() -> ProblemException.notFound("Aucun budget pour ce congrès"));
        return views.assemble(budget, version(budget, null));
    }

    @Transactional
    public Budget budget(UUID budgetId) {
        return budgets.findByIdOptional(budgetId).orElseThrow(BudgetService::budgetNotFound);
    }

    @Transactional
    public List<VersionSummary> versions(UUID budgetId) {
        Budget budget = budget(budgetId);
        ActualFigures actual = registrations.figures(budget.congressId);
        return versions.ofBudget(budgetId).stream().map(v -> {
            BudgetCalculator.Sums sums = BudgetCalculator.sums(lines.ofVersion(v.id), hypotheses(v), actual);
            return new VersionSummary(v.number, v.name, v.status, v.number == budget.currentVersion, v.createdAt,
                    v.submittedAt, sums.totalCharges(), sums.totalProduits(), sums.balance());
        }).toList();
    }

    @Transactional
    public VersionDiff diff(UUID budgetId, int fromNumber, int toNumber) {
        Budget budget = budget(budgetId);
        BudgetVersion from = version(budget, fromNumber);
        BudgetVersion to = version(budget, toNumber);
        ActualFigures actual = registrations.figures(budget.congressId);
        Hypotheses fromH = hypotheses(from);
        Hypotheses toH = hypotheses(to);
        List<BudgetLine> fromLines = lines.ofVersion(from.id);
        List<BudgetLine> toLines = lines.ofVersion(to.id);
        Map<UUID, BudgetLine> remaining = new LinkedHashMap<>();
        fromLines.forEach(l -> remaining.put(l.lineKey, l));
        List<VersionDiff.LineChange> changes = new ArrayList<>();
        for (BudgetLine after : toLines) {
            BudgetLine before = remaining.remove(after.lineKey);
            BudgetCalculator.LineResult now = BudgetCalculator.compute(after, after.basis, toH, actual, views.english());
            if (before == null) {
                changes.add(new VersionDiff.LineChange(after.lineKey, after.accountCode, after.label,
                        VersionDiff.Change.ADDED, null, now.valueCents(), now.valueCents(), null, now.formula(), List.of()));
                continue;
            }
            BudgetCalculator.LineResult then = BudgetCalculator.compute(before, before.basis, fromH, actual, views.english());
            List<String> fields = before.differences(after);
            boolean same = fields.isEmpty() && then.valueCents() == now.valueCents();
            changes.add(new VersionDiff.LineChange(after.lineKey, after.accountCode, after.label,
                    same ? VersionDiff.Change.UNCHANGED : VersionDiff.Change.CHANGED, then.valueCents(), now.valueCents(),
                    now.valueCents() - then.valueCents(), then.formula(), now.formula(), fields));
        }
        for (BudgetLine gone : remaining.values()) {
            BudgetCalculator.LineResult then = BudgetCalculator.compute(gone, gone.basis, fromH, actual, views.english());
            changes.add(new VersionDiff.LineChange(gone.lineKey, gone.accountCode, gone.label, VersionDiff.Change.REMOVED,
                    then.valueCents(), null, -then.valueCents(), then.formula(), null, List.of()));
        }
        BudgetCalculator.Sums a = BudgetCalculator.sums(fromLines, fromH, actual);
        BudgetCalculator.Sums b = BudgetCalculator.sums(toLines, toH, actual);
        return new VersionDiff(from.number, to.number, changes, a.totalCharges(), b.totalCharges(), a.totalProduits(),
                b.totalProduits(), a.balance(), b.balance());
    }

    @Transactional
    public List<BudgetView.ScenarioResult> scenarios(UUID budgetId, List<Integer> participants) {
        Budget budget = budget(budgetId);
        BudgetVersion version = version(budget, null);
        Hypotheses h = hypotheses(version);
        List<Hypotheses.Scenario> asked = participants == null || participants.isEmpty() ? h.scenarios()
                : participants.stream().map(n -> {
                    if (n == null || n < 0 || n > 100_000) {
                        throw ProblemException.invalidField("participants", "Nombre de participants invalide (0 à 100 000)");
                    }
                    return new Hypotheses.Scenario(n + " participants", n);
                }).toList();
        return views.scenarios(lines.ofVersion(version.id), h, registrations.figures(budget.congressId), asked);
    }

    // ---- writes

    @Transactional
    public BudgetView create(CreateBudgetRequest request, Actor actor) {
        if (budgets.findByCongress(request.congressId()).isPresent()) {
            throw ProblemException.conflict("Ce congrès a déjà un budget");
        }
        Hypotheses hypotheses = request.hypotheses() == null ? Hypotheses.initial()
                : toHypotheses(request.hypotheses(), request.congressId());
        Budget budget = new Budget();
        budget.id = UUID.randomUUID();
        budget.congressId = request.congressId();
        budget.currentVersion = 1;
        budget.status = VersionStatus.DRAFT.name();
        budget.createdAt = Instant.now();
        budgets.persist(budget);
        BudgetVersion version = newVersion(budget, 1, request.versionName(), hypotheses, actor);
        revise(budget, actor, "BUDGET_CREATED", "Budget créé, version 1 « " + version.name + " »");
        return views.assemble(budget, version);
    }

    @Transactional
    public BudgetView updateHypotheses(UUID budgetId, HypothesesRequest request, Actor actor) {
        Budget budget = lock(budgetId);
        BudgetVersion version = editableCurrent(budget);
        Hypotheses updated = toHypotheses(request, budget.congressId);
        for (BudgetLine line : lines.ofVersion(version.id)) {
            checkReferences(line.category, line.sessionId, updated, line.label);
        }
        version.hypotheses = write(updated);
        revise(budget, actor, "HYPOTHESES_UPDATED", "Hypothèses : " + updated.participants() + " participants, "
                + updated.days() + " jour(s), " + updated.rooms() + " salle(s), " + updated.speakers() + " intervenant(s)");
        return views.assemble(budget, version);
    }

    @Transactional
    public BudgetView.LineView addLine(UUID budgetId, LineRequest request, Actor actor) {
        Budget budget = lock(budgetId);
        BudgetVersion version = editableCurrent(budget);
        BudgetLine line = new BudgetLine();
        line.id = UUID.randomUUID();
        line.lineKey = UUID.randomUUID();
        line.versionId = version.id;
        line.position = lines.nextPosition(version.id);
        apply(line, request, budget, hypotheses(version));
        lines.persist(line);
        revise(budget, actor, "LINE_ADDED", describe(line));
        return views.line(budget, version, line);
    }

    @Transactional
    public BudgetView.LineView updateLine(UUID budgetId, UUID lineId, LineRequest request, Actor actor) {
        Budget budget = lock(budgetId);
        BudgetLine line = lineOf(budget, lineId);
        BudgetVersion version = editableCurrent(budget);
        String before = describe(line);
        apply(line, request, budget, hypotheses(version));
        revise(budget, actor, "LINE_UPDATED", before + " → " + describe(line));
        return views.line(budget, version, line);
    }

    @Transactional
    public void deleteLine(UUID budgetId, UUID lineId, Actor actor) {
        Budget budget = lock(budgetId);
        BudgetLine line = lineOf(budget, lineId);
        editableCurrent(budget);
        lines.delete(line);
        revise(budget, actor, "LINE_DELETED", describe(line));
    }

    /** Execution figures: allowed on a submitted version too, since they follow the budget once sent. */
    @Transactional
    public BudgetView.LineView setExpenses(UUID budgetId, UUID lineId, ExpenseRequest request, Actor actor) {
        Budget budget = lock(budgetId);
        BudgetLine line = lines.findByIdOptional(lineId).orElseThrow(BudgetService::lineNotFound);
        BudgetVersion version = versions.findById(line.versionId);
        if (!version.budgetId.equals(budget.id)) {
            throw lineNotFound();
        }
        Side side = Accounts.get(line.accountCode).side();
        if (side != Side.CHARGES) {
            throw ProblemException.businessRule("Les dépenses engagées et payées ne concernent que les comptes de charges 60 à 68");
        }
        Long committed = Money.cents("committed", request.committed(), request.committedCents(), request.currency(), false);
        Long paid = Money.cents("paid", request.paid(), request.paidCents(), request.currency(), false);
        LineExpense expense = expenses.findByIdOptional(new LineExpense.Key(budget.id, line.lineKey)).orElseGet(() -> {
            LineExpense created = new LineExpense();
            created.budgetId = budget.id;
            created.lineKey = line.lineKey;
            return created;
        });
        expense.committedCents = committed == null ? expense.committedCents : committed;
        expense.paidCents = paid == null ? expense.paidCents : paid;
        if (expense.paidCents > expense.committedCents) {
            throw ProblemException.businessRule("Le montant payé ne peut pas dépasser le montant engagé");
        }
        expense.updatedAt = Instant.now();
        expenses.persist(expense);
        revise(budget, actor, "EXPENSES_UPDATED", "« " + line.label + " » : engagé " + Money.format(expense.committedCents)
                + ", payé " + Money.format(expense.paidCents));
        return views.line(budget, version, line);
    }

    @Transactional
    public BudgetView submit(UUID budgetId, Actor actor) {
        Budget budget = lock(budgetId);
        BudgetVersion version = editableCurrent(budget);
        Hypotheses resolved = hypotheses(version);
        BudgetCalculator.Sums sums = BudgetCalculator.sums(lines.ofVersion(version.id), resolved,
                registrations.figures(budget.congressId));
        if (sums.balance() != 0) {
            throw ProblemException.businessRule("Le budget n'est pas équilibré : produits − charges = "
                    + Money.format(sums.balance()) + " ; il doit être nul pour être soumis");
        }
        if (sums.inKindUsesCents() != sums.inKindContributionsCents()) {
            throw ProblemException.businessRule("Les emplois des contributions en nature (86 : "
                    + Money.format(sums.inKindUsesCents()) + ") doivent égaler les contributions en nature (87 : "
                    + Money.format(sums.inKindContributionsCents()) + ")");
        }
        // the version keeps the fees it was submitted with, whatever registration-service charges later
        version.hypotheses = write(resolved);
        version.status = VersionStatus.SUBMITTED;
        version.submittedAt = Instant.now();
        version.submittedBy = actor.subject();
        revise(budget, actor, "VERSION_SUBMITTED", "Version " + version.number + " « " + version.name + " » soumise et figée");
        return views.assemble(budget, version);
    }

    @Transactional
    public BudgetView newVersion(UUID budgetId, NewVersionRequest request, Actor actor) {
        Budget budget = lock(budgetId);
        BudgetVersion from = version(budget, null);
        BudgetVersion next = newVersion(budget, from.number + 1, request.name(), hypotheses(from), actor);
        for (BudgetLine line : lines.ofVersion(from.id)) {
            lines.persist(line.copyInto(next.id));
        }
        budget.currentVersion = next.number;
        revise(budget, actor, "VERSION_CREATED", "Version " + next.number + " « " + next.name + " » créée à partir de la version "
                + from.number);
        return views.assemble(budget, next);
    }

    /**
     * Publishes new totals for the budgets of a congress whose figures from other services moved: confirmed
     * registrations, registration fees, the programme's days.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registrationsChanged(UUID congressId) {
        for (Budget budget : budgets.forCongress(congressId)) {
            recount(lock(budget.id));
        }
    }

    /**
     * Publishes new totals for the budgets whose inputs a registration event moved: only a budget whose current
     * version has a line counting confirmed registrations of a category, or meals of a session, that moved (or
     * all of them) is counted again; the others cannot have changed. The budgets are locked before their lines
     * are read, so a line added meanwhile by an organiser is either seen here or counted by that change itself.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void actualsMoved(RegistrationProjectionRepository.Moved moved) {
        List<Budget> locked = budgets.lockForCongress(moved.congressId());
        if (locked.isEmpty()) {
            return;
        }
        Set<UUID> affected = new HashSet<>();
        for (BudgetRepository.ConfirmedLine line : budgets.confirmedLines(moved.congressId())) {
            boolean follows = switch (line.driver()) {
                case PER_PARTICIPANT, REGISTRATION_REVENUE -> !moved.categories().isEmpty()
                        && (line.category() == null || moved.categories().contains(line.category()));
                case PER_MEAL -> !moved.meals().isEmpty()
                        && (line.sessionId() == null || moved.meals().contains(line.sessionId()));
                default -> false;
            };
            if (follows) {
                affected.add(line.budgetId());
            }
        }
        locked.stream().filter(b -> affected.contains(b.id)).forEach(this::recount);
    }

    /** Counts a locked budget again, with the figures as they stand once its lock is held. */
    private void recount(Budget locked) {
        BudgetVersion version = version(locked, null);
        BudgetCalculator.Sums sums = BudgetCalculator.sums(lines.ofVersion(version.id), hypotheses(version),
                registrations.figures(locked.congressId));
        if (sums.totalCharges() != locked.chargesCents || sums.totalProduits() != locked.produitsCents) {
            publish(locked, version, sums);
        }
    }

    /** Records a change: audit entry, new aggregate version, totals, and the budget revised event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revise(Budget budget, Actor actor, String action, String detail) {
        BudgetVersion version = version(budget, null);
        List<BudgetLine> versionLines = lines.ofVersion(version.id);
        Hypotheses h = hypotheses(version);
        ActualFigures actual = registrations.figures(budget.congressId);
        BudgetCalculator.Sums sums = BudgetCalculator.sums(versionLines, h, actual);
        // every read computes the scenarios too: a change that makes one of them uncountable is refused here
        views.scenarios(versionLines, h, actual, h.scenarios());
        audit.record(budget.id, actor, action, detail);
        publish(budget, version, sums);
    }

    private void publish(Budget budget, BudgetVersion version, BudgetCalculator.Sums sums) {
        budget.aggregateVersion++;
        budget.chargesCents = sums.totalCharges();
        budget.produitsCents = sums.totalProduits();
        budget.balanceCents = sums.balance();
        budget.status = version.status.name();
        outbox.publish(Topics.BUDGET, BudgetRevisedData.TYPE, budget.id.toString(),
                new BudgetRevisedData(budget.id, budget.congressId, budget.chargesCents, budget.produitsCents,
                        budget.balanceCents, budget.status, budget.aggregateVersion));
    }

    // ---- helpers

    public Budget lock(UUID budgetId) {
        return budgets.lock(budgetId).orElseThrow(BudgetService::budgetNotFound);
    }

    public BudgetVersion version(Budget budget, Integer number) {
        int wanted = number == null ? budget.currentVersion : number;
        return versions.find(budget.id, wanted)
                .orElseThrow(() -> ProblemException.notFound("Version " + wanted + " introuvable"));
    }

    public BudgetVersion editableCurrent(Budget budget) {
        BudgetVersion current = version(budget, null);
        if (current.status == VersionStatus.SUBMITTED) {
            throw ProblemException.conflict("La version " + current.number + " « " + current.name
                    + " » a été soumise : elle est figée. Créez une nouvelle version pour la modifier.");
        }
        return current;
    }

    /** The version's hypotheses with registration-service's fees (a submitted version: those it was sent with). */
    public Hypotheses hypotheses(BudgetVersion version) {
        return store.read(version);
    }

    private String write(Hypotheses hypotheses) {
        return store.write(hypotheses);
    }

    private BudgetVersion newVersion(Budget budget, int number, String name, Hypotheses hypotheses, Actor actor) {
        BudgetVersion version = new BudgetVersion();
        version.id = UUID.randomUUID();
        version.budgetId = budget.id;
        version.number = number;
        version.name = name.strip();
        version.status = VersionStatus.DRAFT;
        version.hypotheses = write(hypotheses);
        version.createdAt = Instant.now();
        version.createdBy = actor.subject();
        versions.persist(version);
        return version;
    }

    BudgetLine lineOf(Budget budget, UUID lineId) {
        BudgetLine line = lines.findByIdOptional(lineId).orElseThrow(BudgetService::lineNotFound);
        BudgetVersion version = versions.findById(line.versionId);
        if (!version.budgetId.equals(budget.id)) {
            throw lineNotFound();
        }
        if (version.number != budget.currentVersion || version.status == VersionStatus.SUBMITTED) {
            throw ProblemException.conflict("La ligne appartient à la version " + version.number + " « " + version.name
                    + " », figée : seule la version courante non soumise se modifie");
        }
        return line;
    }

    private static ProblemException budgetNotFound() {
        return ProblemException.notFound("Budget introuvable");
    }

    private static ProblemException lineNotFound() {
        return ProblemException.notFound("Ligne de budget introuvable");
    }

    static String describe(BudgetLine line) {
        return line.accountCode + " « " + line.label + " » " + line.driver + " " + Money.format(line.unitCents);
    }

    /**
     * The hypotheses as stored: the category mix is codes and shares only. Fees are registration-service's: one typed
     * here is refused, and once registration-service has published its categories a code it does not know is too.
     */
    Hypotheses toHypotheses(HypothesesRequest request, UUID congressId) {
        FeeSchedule schedule = store.schedule(congressId);
        Set<String> codes = new HashSet<>();
        List<Hypotheses.CategoryMix> categories = new ArrayList<>();
        List<HypothesesRequest.Category> asked = request.categories() == null ? List.of() : request.categories();
        for (int i = 0; i < asked.size(); i++) {
            HypothesesRequest.Category c = asked.get(i);
            if (!codes.add(c.code())) {
                throw ProblemException.invalidField("categories[" + i + "].code", "Catégorie en double : " + c.code());
            }
            if (c.fee() != null || c.feeCents() != null || c.currency() != null) {
                throw ProblemException.invalidField("categories[" + i + "].fee", "Le tarif de " + c.code()
                        + " se fixe dans les paramètres d'inscription : le budget le lit de là, il ne se saisit pas ici");
            }
            if (schedule.known() && schedule.fee(c.code()).isEmpty()) {
                throw ProblemException.invalidField("categories[" + i + "].code", "Catégorie inconnue des paramètres d'inscription : "
                        + c.code());
            }
            categories.add(new Hypotheses.CategoryMix(c.code(), 0, c.percent()));
        }
        if (!categories.isEmpty() && categories.stream().mapToInt(Hypotheses.CategoryMix::percent).sum() != 100) {
            throw ProblemException.businessRule("La répartition des participants par catégorie doit totaliser 100 %");
        }
        Set<UUID> sessions = new HashSet<>();
        ProgrammeMeals.Served served = store.meals(congressId);
        List<Hypotheses.MealPlan> meals = new ArrayList<>();
        List<HypothesesRequest.Meal> requested = request.meals() == null ? List.of() : request.meals();
        for (int i = 0; i < requested.size(); i++) {
            HypothesesRequest.Meal m = requested.get(i);
            if (!sessions.add(m.sessionId())) {
                throw ProblemException.invalidField("meals", "Repas en double : " + m.sessionId());
            }
            if (served.known() && !served.serves(m.sessionId())) {
                throw ProblemException.invalidField("meals[" + i + "].sessionId", "Ce repas n'est pas au programme "
                        + "publié : les repas se changent dans le programme, pas dans le budget");
            }
            String label = m.label() == null ? "" : m.label().strip();
            if (!served.known() && label.isEmpty()) {
                throw ProblemException.invalidField("meals[" + i + "].label", "Nom du repas manquant (le programme "
                        + "n'a pas encore publié ses repas)");
            }
            meals.add(new Hypotheses.MealPlan(m.sessionId(), label, m.percent() == null ? 100 : m.percent()));
        }
        List<Hypotheses.Scenario> scenarios = request.scenarios() == null ? List.of() : request.scenarios().stream()
                .map(s -> new Hypotheses.Scenario(s.name().strip(), s.participants())).toList();
        int days;
        int halfDays;
        var programme = store.programme(congressId);
        if (programme.isPresent()) {
            days = programme.get().days();
            halfDays = programme.get().halfDays();
            if (request.days() != null && request.days() != days) {
                throw ProblemException.invalidField("days", "Le programme compte " + days + (days > 1 ? " jours" : " jour")
                        + " : ils se changent dans le programme, pas dans le budget");
            }
            if (request.halfDays() != null && request.halfDays() != halfDays) {
                throw ProblemException.invalidField("halfDays", "Le programme compte " + halfDays
                        + (halfDays > 1 ? " demi-journées" : " demi-journée") + " : elles se changent dans le programme, pas dans le budget");
            }
        } else {
            if (request.days() == null) {
                throw ProblemException.invalidField("days", "Nombre de jours manquant (le programme n'a pas encore publié ses demi-journées)");
            }
            days = request.days();
            halfDays = request.halfDays() == null ? days * 2 : request.halfDays();
        }
        return new Hypotheses(request.participants(), days, halfDays,
                request.rooms() == null ? 0 : request.rooms(), request.speakers() == null ? 0 : request.speakers(),
                categories, meals, scenarios);
    }

    void apply(BudgetLine line, LineRequest request, Budget budget, Hypotheses h) {
        Account account = Accounts.find(request.account())
                .orElseThrow(() -> ProblemException.invalidField("account", "Compte inconnu : " + request.account()
                        + " (voir /api/budget/accounts)"));
        Driver driver = request.driver();
        Long unit = Money.cents("amount", request.amount(), request.amountCents(), request.currency(), false);
        if (driver == Driver.REGISTRATION_REVENUE) {
            if (!account.isRegistrationRevenue()) {
                throw ProblemException.businessRule("Les recettes d'inscription se placent au compte 70 (ou 706)");
            }
            if (unit != null) {
                throw ProblemException.invalidField("amount", "Les recettes d'inscription se calculent avec les tarifs des catégories : pas de montant");
            }
            unit = 0L;
        } else if (unit == null) {
            throw ProblemException.invalidField("amount", "Montant manquant");
        }
        Basis basis = request.basis() == null ? Basis.HYPOTHESIS : request.basis();
        if (basis == Basis.CONFIRMED && driver != Driver.PER_PARTICIPANT && driver != Driver.PER_MEAL
                && driver != Driver.REGISTRATION_REVENUE) {
            throw ProblemException.invalidField("basis", "Seules les lignes par participant, par repas ou de recettes d'inscription suivent les inscriptions confirmées");
        }
        if (request.category() != null && driver != Driver.PER_PARTICIPANT && driver != Driver.REGISTRATION_REVENUE) {
            throw ProblemException.invalidField("category", "Une catégorie ne s'applique qu'aux lignes par participant ou de recettes d'inscription");
        }
        if (request.sessionId() != null && driver != Driver.PER_MEAL) {
            throw ProblemException.invalidField("sessionId", "Une session repas ne s'applique qu'aux lignes par repas");
        }
        boolean perRoom = Boolean.TRUE.equals(request.perRoom());
        if (perRoom && driver != Driver.PER_DAY && driver != Driver.PER_HALF_DAY) {
            throw ProblemException.invalidField("perRoom", "« par salle » ne s'applique qu'aux lignes par jour ou demi-journée");
        }
        checkReferences(request.category(), request.sessionId(), h, request.label());
        UUID funderId = request.funderId();
        if (account.isSubsidy()) {
            if (funderId == null) {
                throw ProblemException.invalidField("funderId", "Une subvention (74) doit nommer son financeur");
            }
            UUID wanted = funderId;
            funders.findByIdOptional(wanted).filter(f -> f.budgetId.equals(budget.id))
                    .orElseThrow(() -> ProblemException.businessRule("Financeur inconnu pour ce budget : " + wanted));
        } else if (funderId != null) {
            throw ProblemException.invalidField("funderId", "Seules les subventions (74) nomment un financeur");
        }
        Integer fteNumerator = null;
        Integer fteDenominator = null;
        if (driver == Driver.STAFF) {
            if (request.fte() == null || request.months() == null) {
                throw ProblemException.invalidField("fte", "Une ligne de personnel demande une fraction d'ETP et un nombre de mois");
            }
            int[] fraction = fraction(request.fte());
            fteNumerator = fraction[0];
            fteDenominator = fraction[1];
        } else if (request.fte() != null || request.months() != null) {
            throw ProblemException.invalidField("fte", "ETP et mois ne s'appliquent qu'aux lignes de personnel (STAFF)");
        }
        line.accountCode = account.code();
        line.label = request.label().strip();
        line.driver = driver;
        line.basis = basis;
        line.unitCents = unit;
        line.quantity = request.quantity() == null ? 1 : request.quantity();
        line.perRoom = perRoom;
        line.category = request.category();
        line.sessionId = request.sessionId();
        line.fteNumerator = fteNumerator;
        line.fteDenominator = fteDenominator;
        line.months = driver == Driver.STAFF ? request.months() : null;
        line.funderId = funderId;
    }

    private static void checkReferences(String category, UUID sessionId, Hypotheses h, String label) {
        if (category != null && !h.hasCategory(category)) {
            throw ProblemException.businessRule("Catégorie inconnue des hypothèses : " + category + " (ligne « " + label + " »)");
        }
        if (sessionId != null && !h.hasMeal(sessionId)) {
            throw ProblemException.businessRule("Session repas inconnue des hypothèses : " + sessionId + " (ligne « " + label + " »)");
        }
    }

    /** "3/5" or "0.6" into a fraction in (0, 1]. */
    static int[] fraction(String fte) {
        int numerator;
        int denominator;
        if (fte.contains("/")) {
            String[] parts = fte.split("/");
            numerator = Integer.parseInt(parts[0]);
            denominator = Integer.parseInt(parts[1]);
        } else {
            BigDecimal decimal = new BigDecimal(fte.replace(',', '.'));
            numerator = decimal.unscaledValue().intValueExact();
            denominator = BigDecimal.TEN.pow(Math.max(decimal.scale(), 0)).intValueExact();
        }
        if (denominator == 0 || numerator <= 0 || numerator > denominator) {
            throw ProblemException.invalidField("fte", "La fraction d'ETP doit être comprise entre 0 (exclu) et 1");
        }
        return new int[] {numerator, denominator};
    }

    Map<UUID, Funder> fundersOf(UUID budgetId) {
        return funders.byId(budgetId);
    }
}
