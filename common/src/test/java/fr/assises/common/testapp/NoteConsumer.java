package fr.assises.common.testapp;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import fr.assises.common.events.IncomingEvents;
import fr.assises.common.events.ReceivedEvent;
import fr.assises.common.events.RetryTransientFailures;
import fr.assises.common.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;

/** A consumer with a side effect (a row per event) and a projection, as services write them. */
@ApplicationScoped
public class NoteConsumer {

    public static final String CHANNEL = "testapp-in";

    final AtomicInteger deliveries = new AtomicInteger();

    /** Aggregates whose events meet a bug of this consumer: neither transient nor the record's fault. */
    final Set<String> bugFor = ConcurrentHashMap.newKeySet();

    @Inject
    IncomingEvents events;

    @Inject
    Inbox inbox;

    @Inject
    EntityManager entityManager;

    @Incoming(CHANNEL)
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        deliveries.incrementAndGet();
        ReceivedEvent<NoteEvent> event = events.read(record, NoteEvent.class);
        if (bugFor.contains(event.data().aggregate())) {
            throw new IllegalStateException("a bug in this consumer");
        }
        if (inbox.firstDelivery("testapp-effects", event.envelope().id())) {
            entityManager.createNativeQuery(
                    "insert into testapp_effect (event_id, aggregate, version) values (?1, ?2, ?3)")
                    .setParameter(1, event.envelope().id())
                    .setParameter(2, event.data().aggregate())
                    .setParameter(3, event.data().version())
                    .executeUpdate();
        }
        if (inbox.acceptVersion("note", event.data().aggregate(), event.data().version())) {
            entityManager.createNativeQuery("""
                    insert into testapp_projection (aggregate, version) values (?1, ?2)
                    on conflict (aggregate) do update set version = excluded.version""")
                    .setParameter(1, event.data().aggregate())
                    .setParameter(2, event.data().version())
                    .executeUpdate();
        }
    }

    public void introduceBugFor(String aggregate) {
        bugFor.add(aggregate);
    }

    public void fixBugFor(String aggregate) {
        bugFor.remove(aggregate);
    }

    public int deliveries() {
        return deliveries.get();
    }
}
