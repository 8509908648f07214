package fr.assises.budget.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import fr.assises.budget.budget.BudgetService;
import fr.assises.budget.congresses.CongressTitles;
import fr.assises.budget.congresses.ProgrammeMeals;
import fr.assises.budget.editions.BudgetCloner;
import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.IncomingEvents;
import fr.assises.common.events.MalformedEventException;
import fr.assises.common.events.RetryTransientFailures;
import io.smallrye.common.annotation.Blocking;

/**
 * Reads programme-events for three types: a new edition cloned from a previous one takes its budget, a changed
 * congress gives its title to the exports and its days and half-days to the draft budgets, and a changed session
 * that is (or was) a meal gives the draft budgets their meal plan.
 */
@ApplicationScoped
public class ProgrammeEventsConsumer {

    public static final String CHANNEL = "programme-events";
    public static final String CONGRESS_CLONED = "fr.assises.programme.congress.cloned.v1";
    public static final String CONGRESS_CHANGED = "fr.assises.programme.congress.changed.v1";
    public static final String SESSION_CHANGED = "fr.assises.programme.session.changed.v1";

    @Inject
    CongressTitles titles;

    @Inject
    ProgrammeMeals meals;

    @Inject
    IncomingEvents events;

    @Inject
    BudgetCloner cloner;

    @Inject
    BudgetService budgets;

    @Incoming(CHANNEL)
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = events.envelope(record);
        if (CONGRESS_CHANGED.equals(envelope.type())) {
            CongressChangedData changed = events.data(envelope, CongressChangedData.class);
            if (changed.congressId() == null || changed.title() == null || changed.title().isBlank()) {
                throw new MalformedEventException("event " + envelope.id() + " lacks a congress id or title");
            }
            Integer days = changed.days();
            if (titles.apply(changed.congressId(), changed.title().strip(), changed.version(), days == null || days == 0 ? null : days,
                    days == null || days == 0 ? null : changed.halfDayCount())) {
                budgets.registrationsChanged(changed.congressId());
            }
            return;
        }
        if (SESSION_CHANGED.equals(envelope.type())) {
            SessionChangedData session = events.data(envelope, SessionChangedData.class);
            if (session.sessionId() == null || session.congressId() == null) {
                throw new MalformedEventException("event " + envelope.id() + " lacks a session or congress id");
            }
            if (meals.apply(session)) {
                budgets.registrationsChanged(session.congressId());
            }
            return;
        }
        if (!CONGRESS_CLONED.equals(envelope.type())) {
            return;
        }
        CongressClonedData data = events.data(envelope, CongressClonedData.class);
        if (data.sourceCongressId() == null || data.congressId() == null) {
            throw new MalformedEventException("event " + envelope.id() + " lacks a congress id");
        }
        cloner.cloned(envelope.id(), data);
    }
}
