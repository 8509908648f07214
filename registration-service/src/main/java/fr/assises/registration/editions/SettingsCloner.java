package fr.assises.registration.editions;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.assises.common.inbox.Inbox;
import fr.assises.registration.events.CongressCloned;
import fr.assises.registration.questions.CustomQuestions;
import fr.assises.registration.questions.QuestionsRequest;
import fr.assises.registration.settings.SettingsRepository;
import fr.assises.registration.settings.SettingsRequest;
import fr.assises.registration.settings.SettingsService;
import fr.assises.registration.settings.SettingsView;

/**
 * Copies a previous edition's registration settings (dates moved by the clone's day shift, categories, fees,
 * quotas, colours, asked information) into the new edition, through the same rules as an organiser's PUT.
 * Applied once per event, and never over settings the new edition already has.
 */
@ApplicationScoped
public class SettingsCloner {

    public static final String PART = "REGISTRATION";
    static final String CONSUMER = "registration-settings-clone";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Logger LOG = Logger.getLogger(SettingsCloner.class);

    @Inject
    Inbox inbox;

    @Inject
    SettingsRepository settings;

    @Inject
    SettingsService service;

    @Inject
    CustomQuestions questions;

    @Transactional(Transactional.TxType.MANDATORY)
    public void cloned(UUID eventId, CongressCloned event) {
        if (!event.includes(PART) || !inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        if (settings.findById(event.sourceCongressId()) == null || settings.findById(event.congressId()) != null) {
            LOG.infof("clone %s: no registration settings to copy into %s", eventId, event.congressId());
            return;
        }
        SettingsView source = service.get(event.sourceCongressId());
        long days = event.dayShift();
        service.put(event.congressId(), new SettingsRequest(shift(source.opensAt(), days),
                shift(source.closesAt(), days), source.totalCapacity(), shift(source.freezeAt(), days),
                source.offerHours(), source.privacyNoticeVersion(), source.retentionDays(),
                source.reminderDaysBefore(),
                source.categories().stream().map(c -> new SettingsRequest.CategoryRequest(c.code(), c.labelFr(),
                        c.labelEn(), c.feeCents(), c.quota(), c.colour(), c.invitationOnly())).toList(),
                source.information()));
        // the organiser's own questions, as new questions of the new edition (invitation codes are not carried over)
        questions.replace(event.congressId(), new QuestionsRequest(questions.views(event.sourceCongressId()).stream()
                .map(q -> new QuestionsRequest.QuestionRequest(null, q.kind(), q.required(), q.labelFr(), q.labelEn(),
                        q.choices() == null ? null : q.choices().stream()
                                .map(c -> new QuestionsRequest.ChoiceRequest(c.code(), c.labelFr(), c.labelEn()))
                                .toList()))
                .toList()));
    }

    /** Same local time, {@code days} later, across a change of summer time. */
    private static OffsetDateTime shift(OffsetDateTime time, long days) {
        return time == null ? null : time.atZoneSameInstant(PARIS).plusDays(days).toOffsetDateTime();
    }
}
