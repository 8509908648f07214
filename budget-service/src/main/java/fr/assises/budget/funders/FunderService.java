package fr.assises.budget.funders;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.budget.actuals.RegistrationProjectionRepository;
import fr.assises.budget.audit.Actor;
import fr.assises.budget.budget.Budget;
import fr.assises.budget.budget.BudgetCalculator;
import fr.assises.budget.budget.BudgetLine;
import fr.assises.budget.budget.BudgetLineRepository;
import fr.assises.budget.budget.BudgetService;
import fr.assises.budget.budget.BudgetVersion;
import fr.assises.budget.budget.BudgetViews;
import fr.assises.budget.budget.Hypotheses;
import fr.assises.budget.money.Money;
import fr.assises.common.problem.ProblemException;

/** Funders and their commitments (requested, granted, paid); commitments only move forward. */
@ApplicationScoped
public class FunderService {

    @Inject
    FunderRepository funders;

    @Inject
    BudgetService budgets;

    @Inject
    BudgetLineRepository lines;

    @Inject
    BudgetViews views;

    @Inject
    RegistrationProjectionRepository registrations;

    @Transactional
    public List<FunderView> list(UUID budgetId) {
        Budget budget = budgets.budget(budgetId);
        BudgetVersion version = budgets.version(budget, null);
        Hypotheses h = budgets.hypotheses(version);
        List<BudgetLine> versionLines = lines.ofVersion(version.id);
        var actual = registrations.figures(budget.congressId);
        long totalCharges = BudgetCalculator.sums(versionLines, h, actual).totalCharges();
        return views.funderViews(versionLines, h, actual, funders.ofBudget(budgetId), totalCharges);
    }

    @Transactional
    public FunderView create(UUID budgetId, FunderRequest request, Actor actor) {
        Budget budget = budgets.lock(budgetId);
        Funder funder = new Funder();
        funder.id = UUID.randomUUID();
        funder.budgetId = budget.id;
        funder.status = CommitmentStatus.REQUESTED;
        apply(funder, request);
        funders.persist(funder);
        budgets.revise(budget, actor, "FUNDER_ADDED", "Financeur « " + funder.displayName() + " » (" + funder.type.label()
                + "), " + funder.status + ", demandé " + Money.format(funder.requestedCents));
        return find(budgetId, funder.id);
    }

    @Transactional
    public FunderView update(UUID budgetId, UUID funderId, FunderRequest request, Actor actor) {
        Budget budget = budgets.lock(budgetId);
        Funder funder = funders.findByIdOptional(funderId).filter(f -> f.budgetId.equals(budget.id))
                .orElseThrow(() -> ProblemException.notFound("Financeur introuvable"));
        CommitmentStatus before = funder.status;
        apply(funder, request);
        budgets.revise(budget, actor, "FUNDER_UPDATED", "Financeur « " + funder.displayName() + " » : " + before + " → "
                + funder.status + ", demandé " + Money.format(funder.requestedCents) + ", accordé "
                + Money.format(funder.grantedCents) + ", versé " + Money.format(funder.paidCents));
        return find(budgetId, funder.id);
    }

    /** Refused while a line of any version names the funder: a submitted version must keep showing who grants. */
    @Transactional
    public void delete(UUID budgetId, UUID funderId, Actor actor) {
        Budget budget = budgets.lock(budgetId);
        Funder funder = funders.findByIdOptional(funderId).filter(f -> f.budgetId.equals(budget.id))
                .orElseThrow(() -> ProblemException.notFound("Financeur introuvable"));
        BudgetLine named = lines.find("funderId", funderId).firstResult();
        if (named != null) {
            throw ProblemException.conflict("Le financeur « " + funder.displayName() + " » est nommé par la ligne « "
                    + named.label + " » : supprimez ou changez d'abord cette ligne (une version soumise le garde)");
        }
        funders.delete(funder);
        budgets.revise(budget, actor, "FUNDER_DELETED", "Financeur « " + funder.displayName() + " » supprimé");
    }

    private FunderView find(UUID budgetId, UUID funderId) {
        return list(budgetId).stream().filter(f -> f.id().equals(funderId)).findFirst().orElseThrow();
    }

    private static void apply(Funder funder, FunderRequest request) {
        if (request.type() == FunderType.ETAT && (request.agency() == null || request.agency().isBlank())) {
            throw ProblemException.invalidField("agency", "Pour l'État, précisez le ministère ou l'agence");
        }
        Long requested = Money.cents("requested", request.requested(), request.requestedCents(), request.currency(), false);
        Long granted = Money.cents("granted", request.granted(), request.grantedCents(), request.currency(), false);
        Long paid = Money.cents("paid", request.paid(), request.paidCents(), request.currency(), false);
        CommitmentStatus status = request.status() == null ? funder.status : request.status();
        if (status.ordinal() < funder.status.ordinal()) {
            throw ProblemException.businessRule("Un engagement ne revient pas en arrière : " + funder.status + " → " + status);
        }
        long newRequested = requested == null ? funder.requestedCents : requested;
        long newGranted = granted == null ? funder.grantedCents : granted;
        long newPaid = paid == null ? funder.paidCents : paid;
        if (status == CommitmentStatus.REQUESTED && (newGranted > 0 || newPaid > 0)) {
            throw ProblemException.businessRule("Un montant accordé ou versé suppose le statut GRANTED ou PAID");
        }
        if (status != CommitmentStatus.REQUESTED && newGranted == 0) {
            throw ProblemException.businessRule("Indiquez le montant accordé");
        }
        if (status == CommitmentStatus.PAID && newPaid == 0) {
            throw ProblemException.businessRule("Indiquez le montant versé");
        }
        if (newPaid > newGranted) {
            throw ProblemException.businessRule("Le montant versé ne peut pas dépasser le montant accordé");
        }
        funder.type = request.type();
        funder.name = request.name().strip();
        funder.agency = request.agency() == null || request.agency().isBlank() ? null : request.agency().strip();
        funder.status = status;
        funder.requestedCents = newRequested;
        funder.grantedCents = newGranted;
        funder.paidCents = newPaid;
        funder.requestedOn = request.requestedOn() == null ? funder.requestedOn : request.requestedOn();
        funder.grantedOn = request.grantedOn() == null ? funder.grantedOn : request.grantedOn();
        funder.paidOn = request.paidOn() == null ? funder.paidOn : request.paidOn();
        if (request.conditions() != null) {
            funder.conditions = request.conditions().isBlank() ? null : request.conditions().strip();
        }
    }
}
