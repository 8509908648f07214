package fr.assises.evaluation.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.IncomingEvents;
import fr.assises.common.events.RetryTransientFailures;
import fr.assises.evaluation.editions.EvaluationCloner;
import fr.assises.evaluation.projection.ProjectionService;
import io.smallrye.common.annotation.Blocking;

/** Keeps the congresses and released sessions this service rates. */
@ApplicationScoped
public class ProgrammeEventsConsumer {

    @Inject
    IncomingEvents events;

    @Inject
    ProjectionService projections;

    @Inject
    EvaluationCloner cloner;

    @Incoming(EventTypes.PROGRAMME_CHANNEL)
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = events.envelope(record);
        switch (envelope.type()) {
            case EventTypes.CONGRESS_CHANGED -> projections.apply(events.data(envelope, CongressChangedData.class));
            case EventTypes.SESSION_CHANGED -> projections.apply(events.data(envelope, SessionChangedData.class));
            case EventTypes.RELEASED -> projections.apply(events.data(envelope, ReleasedData.class));
            case EventTypes.CONGRESS_CLONED ->
                    cloner.cloned(envelope.id(), events.data(envelope, CongressClonedData.class));
            default -> {
                // other programme events do not concern the evaluation
            }
        }
    }
}
