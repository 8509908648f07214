package fr.assises.budget.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import fr.assises.budget.actuals.RegistrationProjection;
import fr.assises.budget.actuals.RegistrationProjectionRepository;
import fr.assises.budget.budget.BudgetService;
import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.IncomingEvents;
import fr.assises.common.events.MalformedEventException;
import fr.assises.common.events.RetryTransientFailures;
import fr.assises.common.inbox.Inbox;

import io.smallrye.common.annotation.Blocking;

/**
 * Keeps the projection of registrations (status, category, fee, meals) that actual figures are computed from.
 * Each event carries the registration's whole state and version: only newer versions are applied, so duplicates
 * and replays from the start of the topic change nothing.
 */
@ApplicationScoped
public class RegistrationEventsConsumer {

    public static final String CHANNEL = "registration-events";
    public static final String TYPE_PREFIX = "fr.assises.registration.";
    public static final String AGGREGATE = "registration";

    @Inject
    IncomingEvents events;

    @Inject
    Inbox inbox;

    @Inject
    RegistrationProjectionRepository projections;

    @Inject
    BudgetService budgets;

    @Incoming(CHANNEL)
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = events.envelope(record);
        if (!envelope.type().startsWith(TYPE_PREFIX)) {
            return;
        }
        RegistrationData data = events.data(envelope, RegistrationData.class);
        String missing = data.missing();
        if (missing != null) {
            throw new MalformedEventException("event " + envelope.id() + " lacks " + missing);
        }
        if (!inbox.acceptVersion(AGGREGATE, data.registrationId().toString(), data.version())) {
            return;
        }
        RegistrationProjection projection = projections.findByIdOptional(data.registrationId()).orElseGet(() -> {
            RegistrationProjection created = new RegistrationProjection();
            created.registrationId = data.registrationId();
            return created;
        });
        projection.congressId = data.congressId();
        projection.status = data.status();
        projection.category = data.category();
        projection.feeCents = data.feeCents();
        projection.updatedAt = Instant.now();
        projections.persist(projection);
        projections.flush();
        List<Map.Entry<UUID, String>> meals = data.meals() == null ? List.of()
                : data.meals().stream().map(m -> Map.entry(m.sessionId(), m.status())).toList();
        projections.replaceMeals(data.registrationId(), meals);
        budgets.registrationsChanged(data.congressId());
    }
}
