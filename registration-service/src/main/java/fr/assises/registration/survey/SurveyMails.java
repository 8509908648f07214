package fr.assises.registration.survey;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.assises.common.events.MalformedEventException;
import fr.assises.common.inbox.Inbox;
import fr.assises.registration.mail.MailKind;
import fr.assises.registration.mail.Mails;
import fr.assises.registration.registering.Registration;
import fr.assises.registration.registering.RegistrationRepository;

/**
 * The survey's invitations and reminders, asked for by evaluation-service (which picks the recipients and never
 * shows them to organisers) and written here, where the addresses and languages are: one mail per person of a
 * request, once per event (a redelivered event mails nobody again), to confirmed and checked-in people with an
 * address. Not kept in the committee's mailing history: a reminder's recipients are those who had not answered.
 */
@ApplicationScoped
public class SurveyMails {

    static final String CONSUMER = "survey-mails";
    private static final Logger LOG = Logger.getLogger(SurveyMails.class);

    @Inject
    Inbox inbox;

    @Inject
    RegistrationRepository registrations;

    @Inject
    Mails mails;

    /** Queues the mails of one request; returns how many were queued (0 for a redelivery). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int requested(UUID eventId, SurveyMailRequested request) {
        MailKind kind = switch (request.kind()) {
            case "INVITATION" -> MailKind.SURVEY_INVITATION;
            case "REMINDER" -> MailKind.SURVEY_REMINDER;
            default -> throw new MalformedEventException("unknown survey mail kind " + request.kind());
        };
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return 0;
        }
        List<String> ids = request.recipients().stream().map(SurveyMailRequested.Recipient::participantId).toList();
        if (ids.isEmpty()) {
            return 0;
        }
        Map<String, Registration> byParticipant = registrations.list("""
                congressId = ?1 and participantId in ?2 and status = 'CONFIRMED' and checkedInAt is not null
                and anonymisedAt is null and email is not null""", request.congressId(), ids).stream()
                .collect(Collectors.toMap(r -> r.participantId, Function.identity(), (a, b) -> a));
        int queued = 0;
        for (SurveyMailRequested.Recipient recipient : request.recipients()) {
            Registration r = byParticipant.get(recipient.participantId());
            if (r != null && recipient.link() != null && mails.queueSurvey(r, kind, request.title(), recipient.link())) {
                queued++;
            }
        }
        // counts only: who is reminded says who has not answered
        LOG.infof("Survey %s: %d of %d mails queued", kind, queued, ids.size());
        return queued;
    }
}
