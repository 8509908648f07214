package fr.assises.programme.events;

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
import fr.assises.common.inbox.Inbox;
import fr.assises.programme.attendance.AttendanceService;
import io.smallrye.common.annotation.Blocking;

/** Keeps the attendance projection from registration-events; newer versions only, whole state each time. */
@ApplicationScoped
public class RegistrationEventsConsumer {

    public static final String CHANNEL = "registration-events";
    public static final String TYPE_PREFIX = "fr.assises.registration.";

    private static final Logger LOG = Logger.getLogger(RegistrationEventsConsumer.class);

    @Inject
    IncomingEvents events;

    @Inject
    Inbox inbox;

    @Inject
    AttendanceService attendance;

    @Incoming(CHANNEL)
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = events.envelope(record);
        if (!envelope.type().startsWith(TYPE_PREFIX)) {
            LOG.debugf("Ignoring event %s of type %s", envelope.id(), envelope.type());
            return;
        }
        RegistrationData data = events.data(envelope, RegistrationData.class);
        if (data.registrationId() == null || data.congressId() == null || data.version() == null
                || data.status() == null) {
            throw new MalformedEventException("event " + envelope.id() + " lacks registrationId, congressId, "
                    + "status or version");
        }
        if (inbox.acceptVersion("registration", data.registrationId().toString(), data.version())) {
            attendance.apply(data);
        }
    }
}
