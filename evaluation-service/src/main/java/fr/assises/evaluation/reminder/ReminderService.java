package fr.assises.evaluation.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.ProblemException;
import fr.assises.evaluation.outreach.Outreach;
import fr.assises.evaluation.projection.ProjectionService;
import fr.assises.evaluation.reminder.ReminderDtos.ReminderSent;
import fr.assises.evaluation.reminder.ReminderDtos.ReminderStatus;
import fr.assises.evaluation.questionnaire.Questionnaire;
import fr.assises.evaluation.questionnaire.QuestionnaireService;
import fr.assises.evaluation.survey.SurveyAccessRepository;

/**
 * Reminders to non-respondents, sent by the system: the list of who has not answered never leaves the service
 * except as pseudonymous ids in the reminder request to the service that holds the addresses. At most one per
 * questionnaire and day, and each person reminded once (a later reminder reaches those who arrived since).
 */
@ApplicationScoped
public class ReminderService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    ProjectionService projections;

    @Inject
    SurveyAccessRepository accesses;

    @Inject
    EntityManager em;

    @Inject
    Outreach outreach;

    @Transactional
    public ReminderStatus status(UUID questionnaireId) {
        Questionnaire q = questionnaires.find(questionnaireId);
        List<SurveyReminder> sent = sent(q.id);
        List<String> pending = pending(q);
        Set<String> reminded = outreach.mailed(q.id, Outreach.REMINDER);
        return new ReminderStatus(q.id, q.state(Instant.now()), projections.checkedInCount(q.congressId),
                pending.size(), (int) pending.stream().filter(p -> !reminded.contains(p)).count(), sent.size(),
                sent.isEmpty() ? null : sent.get(sent.size() - 1).sentOn);
    }

    @Transactional
    public ReminderSent send(UUID questionnaireId) {
        Questionnaire q = em.find(Questionnaire.class, questionnaires.find(questionnaireId).id,
                LockModeType.PESSIMISTIC_WRITE);
        if (!"OUVERT".equals(q.state(Instant.now()))) {
            throw ProblemException.businessRule("Le questionnaire n'est pas ouvert : aucune relance n'est possible.");
        }
        LocalDate today = LocalDate.now(PARIS);
        List<SurveyReminder> sent = sent(q.id);
        if (!sent.isEmpty() && sent.get(sent.size() - 1).sentOn.equals(today)) {
            throw ProblemException.conflict("Une relance a déjà été envoyée aujourd'hui pour ce questionnaire.");
        }
        Set<String> reminded = outreach.mailed(q.id, Outreach.REMINDER);
        List<String> recipients = pending(q).stream().filter(p -> !reminded.contains(p)).toList();
        if (recipients.isEmpty()) {
            throw ProblemException.businessRule(reminded.isEmpty()
                    ? "Tous les participants présents ont répondu : personne à relancer."
                    : "Chaque personne présente qui n'a pas répondu a déjà été relancée une fois : personne à relancer.");
        }
        SurveyReminder reminder = new SurveyReminder();
        reminder.id = UUID.randomUUID();
        reminder.questionnaireId = q.id;
        reminder.sentOn = today;
        reminder.recipients = recipients.size();
        em.persist(reminder);
        outreach.request(q, recipients, Outreach.REMINDER);
        return new ReminderSent(q.id, today, recipients.size(), recipients.size() == 1
                ? "Une relance va être envoyée à la personne qui n'a pas encore répondu."
                : "Une relance va être envoyée aux " + recipients.size() + " personnes qui n'ont pas encore répondu.");
    }

    private List<SurveyReminder> sent(UUID questionnaireId) {
        return em.createQuery("select r from SurveyReminder r where r.questionnaireId = ?1 order by r.sentOn",
                SurveyReminder.class).setParameter(1, questionnaireId).getResultList();
    }

    /** Checked-in participants who have not answered, sorted so the order says nothing. */
    private List<String> pending(Questionnaire q) {
        Set<String> answered = accesses.answeredOf(q.id).stream().map(a -> a.participantId)
                .collect(Collectors.toSet());
        return projections.eligible(q.congressId).keySet().stream().filter(p -> !answered.contains(p)).sorted()
                .toList();
    }
}
