package fr.assises.common.outbox;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.events.EventEnvelope;

/**
 * Writes an event into the outbox table inside the caller's transaction: the event leaves only if the
 * business change commits. After a commit the relay is woken so publication does not wait for its next poll.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            insert into outbox_event (id, topic, type, source, subject, occurred_at, payload)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""";

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    OutboxConfig config;

    @Inject
    TransactionSynchronizationRegistry synchronizations;

    @Inject
    OutboxRelayService relay;

    /**
     * Adds an event to the outbox.
     *
     * @param topic   the Kafka topic, see {@link fr.assises.common.events.Topics}
     * @param type    the CloudEvents type, such as {@code fr.assises.registration.confirmed.v1}
     * @param subject the aggregate id, also the record key
     * @param data    the aggregate's whole state with its version; serialised as JSON
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String type, String subject, Object data) {
        String payload;
        try {
            payload = objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be serialised: " + type, e);
        }
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), type, URI.create(config.source()), subject,
                OffsetDateTime.now(ZoneOffset.UTC), payload);
        entityManager.createNativeQuery(INSERT)
                .setParameter(1, event.id())
                .setParameter(2, topic)
                .setParameter(3, event.type())
                .setParameter(4, event.source().toString())
                .setParameter(5, event.subject())
                .setParameter(6, event.time())
                .setParameter(7, event.data())
                .executeUpdate();
        // one wake per transaction, however many events it writes
        if (synchronizations.getResource(WakeRelayAfterCommit.class) == null) {
            synchronizations.putResource(WakeRelayAfterCommit.class, Boolean.TRUE);
            synchronizations.registerInterposedSynchronization(new WakeRelayAfterCommit(relay));
        }
        return event.id();
    }

    private record WakeRelayAfterCommit(OutboxRelayService relay) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // nothing to do before the commit
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
