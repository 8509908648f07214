package fr.assises.evaluation.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.IncomingEvents;
import fr.assises.common.events.RetryTransientFailures;
import fr.assises.evaluation.projection.CategoryLabels;
import fr.assises.evaluation.projection.ProjectionService;
import io.smallrye.common.annotation.Blocking;

/** Keeps who registered, who checked in, their category and their confirmed choices, and the categories' names. */
@ApplicationScoped
public class RegistrationEventsConsumer {

    @Inject
    IncomingEvents events;

    @Inject
    ProjectionService projections;

    @Inject
    CategoryLabels categoryLabels;

    @Incoming(EventTypes.REGISTRATION_CHANNEL)
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = events.envelope(record);
        if (envelope.type().startsWith(EventTypes.REGISTRATION_PREFIX)) {
            projections.apply(events.data(envelope, RegistrationData.class));
        } else if (EventTypes.SETTINGS_CHANGED.equals(envelope.type())) {
            categoryLabels.apply(events.data(envelope, SettingsChangedData.class));
        }
    }
}
