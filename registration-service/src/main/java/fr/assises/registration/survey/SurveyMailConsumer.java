package fr.assises.registration.survey;

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
import io.smallrye.common.annotation.Blocking;

/** Reads evaluation-service's survey mail requests; every other evaluation event is ignored. */
@ApplicationScoped
public class SurveyMailConsumer {

    public static final String CHANNEL = "evaluation-events";
    public static final String MAIL_REQUESTED = "fr.assises.evaluation.survey-mail-requested.v1";

    private static final Logger LOG = Logger.getLogger(SurveyMailConsumer.class);

    @Inject
    IncomingEvents events;

    @Inject
    SurveyMails mails;

    @Incoming(CHANNEL)
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = events.envelope(record);
        if (!MAIL_REQUESTED.equals(envelope.type())) {
            LOG.debugf("ignoring event type %s", envelope.type());
            return;
        }
        SurveyMailRequested data = events.data(envelope, SurveyMailRequested.class);
        if (data.congressId() == null || data.recipients() == null || data.kind() == null) {
            throw new MalformedEventException("event " + envelope.id() + " lacks its congress, kind or recipients");
        }
        mails.requested(envelope.id(), data);
    }
}
