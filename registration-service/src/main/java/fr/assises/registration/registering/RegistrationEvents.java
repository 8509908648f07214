package fr.assises.registration.registering;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.common.events.Topics;
import fr.assises.common.outbox.Outbox;
import fr.assises.registration.events.RegistrationEventData;

/** Publishes a registration's whole state, pseudonymous, through the outbox; each call is a new version. */
@ApplicationScoped
public class RegistrationEvents {

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Registration r, String type) {
        r.version++;
        r.updatedAt = Instant.now();
        outbox.publish(Topics.REGISTRATION, type, r.id.toString(), data(r));
    }

    /** A new registration's first version, set before it is persisted so that its insert is its only write. */
    public void prepareNew(Registration r) {
        r.version = 1;
        r.updatedAt = Instant.now();
    }

    /** The first event of a registration {@link #prepareNew prepared} (version 1), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishNew(Registration r, String type) {
        if (r.version != 1) {
            throw new IllegalStateException("a new registration's first event is version 1");
        }
        outbox.publish(Topics.REGISTRATION, type, r.id.toString(), data(r));
    }

    public static RegistrationEventData data(Registration r) {
        if (Registration.CANCELLED.equals(r.status)) {
            // a cancelled registration holds and awaits nothing, whatever choices it remembers
            return new RegistrationEventData(r.id, r.congressId, r.participantId, r.status, r.category, r.feeCents,
                    r.dayList(), List.of(), List.of(), checkedIn(r), r.language, r.version);
        }
        List<RegistrationEventData.Meal> meals = r.items(RegistrationItem.MEAL).stream()
                .map(i -> new RegistrationEventData.Meal(i.sessionId, eventStatus(i.status)))
                .toList();
        List<RegistrationEventData.Workshop> workshops = r.items(RegistrationItem.WORKSHOP).stream()
                .map(i -> new RegistrationEventData.Workshop(i.heldSession(), i.assignedRank, eventStatus(i.status)))
                .toList();
        return new RegistrationEventData(r.id, r.congressId, r.participantId, r.status, r.category, r.feeCents,
                r.dayList(), meals, workshops, checkedIn(r), r.language, r.version);
    }

    private static OffsetDateTime checkedIn(Registration r) {
        return r.checkedInAt == null ? null : r.checkedInAt.atOffset(ZoneOffset.UTC);
    }

    /** Items of a registration still waiting for the congress are, for consumers, waiting too. */
    private static String eventStatus(String itemStatus) {
        return RegistrationItem.CONFIRMED.equals(itemStatus) ? "CONFIRMED" : "WAITLISTED";
    }
}
