package fr.assises.budget.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import fr.assises.budget.editions.BudgetCloner;
import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.IncomingEvents;
import fr.assises.common.events.MalformedEventException;
import fr.assises.common.events.RetryTransientFailures;
import io.smallrye.common.annotation.Blocking;

/** Reads programme-events for one type only: a new edition cloned from a previous one takes its budget. */
@ApplicationScoped
public class ProgrammeEventsConsumer {

    public static final String CHANNEL = "programme-events";
    public static final String CONGRESS_CLONED = "fr.assises.programme.congress.cloned.v1";

    @Inject
    IncomingEvents events;

    @Inject
    BudgetCloner cloner;

    @Incoming(CHANNEL)
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = events.envelope(record);
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
