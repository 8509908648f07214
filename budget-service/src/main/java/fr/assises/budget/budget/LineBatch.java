package fr.assises.budget.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.budget.audit.Actor;
import fr.assises.common.problem.Problem;
import fr.assises.common.problem.ProblemException;
import fr.assises.common.problem.ProblemType;

/**
 * Saves an editor's whole form in one transaction: every change is checked, and if any is refused nothing is kept
 * and the answer names each refused line ({@code changes[i]…} in {@code errors}), so a form never half-saves.
 */
@ApplicationScoped
public class LineBatch {

    @Inject
    BudgetService service;

    @Inject
    BudgetLineRepository lines;

    @Inject
    BudgetViews views;

    @Transactional
    public BudgetView save(UUID budgetId, LineBatchRequest request, Actor actor) {
        Budget budget = service.lock(budgetId);
        BudgetVersion version = service.editableCurrent(budget);
        Hypotheses h = service.hypotheses(version);
        List<Problem.FieldError> errors = new ArrayList<>();
        ProblemType type = null;
        String detail = null;
        int added = 0;
        int changed = 0;
        int deleted = 0;
        List<LineBatchRequest.Change> changes = request.changes();
        for (int i = 0; i < changes.size(); i++) {
            LineBatchRequest.Change change = changes.get(i);
            String path = "changes[" + i + "]";
            String label = change.line() == null ? null : change.line().label();
            try {
                if (change.lineId() == null) {
                    if (change.deletes() || change.line() == null) {
                        throw ProblemException.invalidField("line", "Une nouvelle ligne demande son compte, son libellé et son montant");
                    }
                    BudgetLine line = new BudgetLine();
                    line.id = UUID.randomUUID();
                    line.lineKey = UUID.randomUUID();
                    line.versionId = version.id;
                    line.position = lines.nextPosition(version.id);
                    service.apply(line, change.line(), budget, h);
                    lines.persist(line);
                    added++;
                } else {
                    BudgetLine line = service.lineOf(budget, change.lineId());
                    label = label == null ? line.label : label;
                    if (change.deletes()) {
                        lines.delete(line);
                        deleted++;
                    } else if (change.line() == null) {
                        throw ProblemException.invalidField("line", "La ligne modifiée manque");
                    } else {
                        service.apply(line, change.line(), budget, h);
                        changed++;
                    }
                }
            } catch (ProblemException refused) {
                String named = (label == null ? "Ligne " + (i + 1) : "Ligne « " + label + " »") + " : " + refused.getMessage();
                if (refused.errors().isEmpty()) {
                    errors.add(new Problem.FieldError(path, refused.getMessage()));
                } else {
                    refused.errors().forEach(e -> errors.add(new Problem.FieldError(
                            "line".equals(e.field()) ? path + ".line" : path + ".line." + e.field(), e.message())));
                }
                type = type == null ? refused.type() : type;
                detail = detail == null ? named : detail;
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(type, errors.size() == 1 ? detail
                    : detail + (errors.size() == 2 ? " (et 1 autre refus)" : " (et " + (errors.size() - 1) + " autres refus)"), errors);
        }
        if (added + changed + deleted > 0) {
            service.revise(budget, actor, "LINES_SAVED", "Lignes enregistrées ensemble : " + added + " ajoutée(s), "
                    + changed + " modifiée(s), " + deleted + " supprimée(s)");
        }
        return views.assemble(budget, version);
    }
}
