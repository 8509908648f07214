package fr.assises.budget.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import fr.assises.budget.actuals.RegistrationProjectionRepository;
import fr.assises.budget.billing.BillingIncome;
import fr.assises.budget.budget.BudgetService;
import fr.assises.budget.fees.FeeSchedule;
import fr.assises.budget.fees.RegistrationFees;
import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.IncomingEvents;
import fr.assises.common.events.MalformedEventException;
import fr.assises.common.events.RetryTransientFailures;
import fr.assises.common.inbox.Inbox;

import io.smallrye.common.annotation.Blocking;

/**
 * Keeps the projection of registrations (status, category, fee, meals) and the actual figures counted from it,
 * moved by each event's difference. Each event carries the registration's whole state and version: only newer
 * versions are applied, so duplicates and replays from the start of the topic change nothing.
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

    @Inject
    RegistrationFees registrationFees;

    @Inject
    BillingIncome billingIncome;

    @Incoming(CHANNEL)
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = events.envelope(record);
        if (SettingsChangedData.TYPE.equals(envelope.type())) {
            settingsChanged(envelope);
            return;
        }
        if (envelope.type().startsWith(BillingIncome.TYPE_PREFIX)) {
            billingIncome.apply(envelope);
            return;
        }
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
        Map<UUID, String> meals = new LinkedHashMap<>();
        if (data.meals() != null) {
            data.meals().forEach(m -> meals.put(m.sessionId(), m.status()));
        }
        RegistrationProjectionRepository.State state = new RegistrationProjectionRepository.State(data.congressId(),
                data.status(), data.category(), data.feeCents(), meals);
        for (RegistrationProjectionRepository.Moved moved : projections.apply(data.registrationId(), state)) {
            budgets.actualsMoved(moved);
        }
    }

    /**
     * New fees: kept for the congress even before it has a budget (one created later starts from them), and the
     * totals of its budgets published again when the income moved.
     */
    private void settingsChanged(EventEnvelope envelope) {
        SettingsChangedData data = events.data(envelope, SettingsChangedData.class);
        String missing = data.missing();
        if (missing != null) {
            throw new MalformedEventException("event " + envelope.id() + " lacks " + missing);
        }
        List<FeeSchedule.Fee> fees = data.categories().stream()
                .map(c -> new FeeSchedule.Fee(c.code(), label(c.labelFr(), c.code()), label(c.labelEn(), label(c.labelFr(), c.code())),
                        c.feeCents(), c.quota()))
                .toList();
        if (fees.stream().map(FeeSchedule.Fee::code).distinct().count() != fees.size()) {
            throw new MalformedEventException("event " + envelope.id() + " repeats a category");
        }
        if (registrationFees.apply(data.congressId(), data.version(), fees)) {
            budgets.registrationsChanged(data.congressId());
        }
    }

    private static String label(String label, String fallback) {
        return label == null || label.isBlank() ? fallback : label.strip();
    }
}
