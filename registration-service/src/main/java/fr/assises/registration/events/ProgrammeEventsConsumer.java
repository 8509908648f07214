package fr.assises.registration.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.IncomingEvents;
import fr.assises.common.events.MalformedEventException;
import fr.assises.common.events.RetryTransientFailures;
import fr.assises.registration.editions.SettingsCloner;
import fr.assises.registration.programme.ProgrammeProjection;
import io.smallrye.common.annotation.Blocking;

/** Keeps the local projection of the published programme; older or repeated versions are skipped. */
@ApplicationScoped
public class ProgrammeEventsConsumer {

    public static final String CHANNEL = "programme-events";
    public static final String CONGRESS_CHANGED = "fr.assises.programme.congress.changed.v1";
    public static final String SESSION_CHANGED = "fr.assises.programme.session.changed.v1";
    public static final String RELEASED = "fr.assises.programme.released.v1";
    public static final String CONGRESS_CLONED = "fr.assises.programme.congress.cloned.v1";

    private static final Logger LOG = Logger.getLogger(ProgrammeEventsConsumer.class);

    @Inject
    IncomingEvents events;

    @Inject
    ProgrammeProjection projection;

    @Inject
    SettingsCloner settingsCloner;

    @Incoming(CHANNEL)
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = events.envelope(record);
        switch (envelope.type()) {
            case CONGRESS_CHANGED -> {
                CongressChanged data = events.data(envelope, CongressChanged.class);
                requireId(data.congressId(), envelope);
                projection.congressChanged(data);
            }
            case SESSION_CHANGED -> {
                SessionChanged data = events.data(envelope, SessionChanged.class);
                requireId(data.sessionId(), envelope);
                requireId(data.congressId(), envelope);
                projection.sessionChanged(data);
            }
            case RELEASED -> {
                ProgrammeReleased data = events.data(envelope, ProgrammeReleased.class);
                requireId(data.congressId(), envelope);
                projection.released(data);
            }
            case CONGRESS_CLONED -> {
                CongressCloned data = events.data(envelope, CongressCloned.class);
                requireId(data.sourceCongressId(), envelope);
                requireId(data.congressId(), envelope);
                settingsCloner.cloned(envelope.id(), data);
            }
            default -> LOG.debugf("ignoring event type %s", envelope.type());
        }
    }

    private static void requireId(Object id, EventEnvelope envelope) {
        if (id == null) {
            throw new MalformedEventException("event " + envelope.id() + " lacks an id");
        }
    }
}
