package fr.assises.budget.editions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.assises.budget.audit.Actor;
import fr.assises.budget.budget.Budget;
import fr.assises.budget.budget.BudgetLine;
import fr.assises.budget.budget.BudgetLineRepository;
import fr.assises.budget.budget.BudgetRepository;
import fr.assises.budget.budget.BudgetService;
import fr.assises.budget.budget.BudgetVersion;
import fr.assises.budget.budget.CreateBudgetRequest;
import fr.assises.budget.budget.Hypotheses;
import fr.assises.budget.budget.HypothesesRequest;
import fr.assises.budget.budget.HypothesesStore;
import fr.assises.budget.events.CongressClonedData;
import fr.assises.budget.fees.FeeSchedule;
import fr.assises.common.inbox.Inbox;

/**
 * Starts a cloned edition's budget from the previous one: its hypotheses and the lines of its current version,
 * as a first draft version. Meal plans and lines tied to a session follow the session's copy when programme-service
 * copied it (the event pairs them); a meal that was not copied is left out. What belonged to the previous edition
 * stays there: funders and their commitments, and expenses.
 * Applied once per event, and never over a budget the new edition already has.
 */
@ApplicationScoped
public class BudgetCloner {

    public static final String PART = "BUDGET";
    static final String CONSUMER = "budget-clone";
    static final Actor ACTOR = new Actor("programme-service", "Reprise de l'édition précédente");
    private static final Logger LOG = Logger.getLogger(BudgetCloner.class);

    @Inject
    Inbox inbox;

    @Inject
    BudgetRepository budgets;

    @Inject
    BudgetLineRepository lines;

    @Inject
    BudgetService service;

    @Inject
    HypothesesStore store;

    @Transactional(Transactional.TxType.MANDATORY)
    public void cloned(UUID eventId, CongressClonedData event) {
        if (!event.includes(PART) || !inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        Budget source = budgets.findByCongress(event.sourceCongressId()).orElse(null);
        if (source == null || budgets.findByCongress(event.congressId()).isPresent()) {
            LOG.infof("clone %s: no budget to copy into %s", eventId, event.congressId());
            return;
        }
        BudgetVersion from = service.version(source, null);
        Hypotheses h = service.hypotheses(from);
        Map<UUID, UUID> sessionCopies = event.sessionCopies();
        service.create(new CreateBudgetRequest(event.congressId(), "Reprise de la version " + from.number
                + " « " + from.name + " »", request(h, sessionCopies, store.programme(event.congressId()).isPresent(),
                        store.schedule(event.congressId()))), ACTOR);
        Budget copy = service.lock(budgets.findByCongress(event.congressId()).orElseThrow().id);
        BudgetVersion version = service.version(copy, null);
        int copied = 0;
        for (BudgetLine line : lines.ofVersion(from.id)) {
            BudgetLine moved = line.copyInto(version.id);
            moved.lineKey = UUID.randomUUID();
            moved.funderId = null;
            moved.sessionId = line.sessionId == null ? null : sessionCopies.get(line.sessionId);
            lines.persist(moved);
            copied++;
        }
        service.revise(copy, ACTOR, "BUDGET_CLONED", copied + " ligne(s) et les hypothèses reprises du budget "
                + source.id);
    }

    /**
     * The source's hypotheses for the new edition: shares without fees (the new edition's fees are its registration
     * settings'; a mix naming a category they do not charge is left out), days only while the new edition's programme
     * has not published its own.
     */
    private static HypothesesRequest request(Hypotheses h, Map<UUID, UUID> sessionCopies, boolean programmeDays,
            FeeSchedule fees) {
        boolean mixKept = !fees.known() || h.categories().stream().allMatch(c -> fees.fee(c.code()).isPresent());
        return new HypothesesRequest(h.participants(), programmeDays ? null : h.days(),
                programmeDays ? null : h.halfDays(), h.rooms(), h.speakers(),
                !mixKept ? List.of() : h.categories().stream().map(c -> new HypothesesRequest.Category(c.code(),
                        null, null, null, c.percent())).toList(),
                h.meals().stream().filter(m -> sessionCopies.containsKey(m.sessionId()))
                        .map(m -> new HypothesesRequest.Meal(sessionCopies.get(m.sessionId()), m.label(), m.percent()))
                        .toList(),
                h.scenarios().stream().map(s -> new HypothesesRequest.ScenarioRequest(s.name(), s.participants()))
                        .toList());
    }
}
