package fr.assises.evaluation.outreach;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import fr.assises.common.events.Topics;
import fr.assises.common.outbox.Outbox;
import fr.assises.common.problem.ProblemException;
import fr.assises.evaluation.events.EventTypes;
import fr.assises.evaluation.outreach.OutreachDtos.InvitationSent;
import fr.assises.evaluation.outreach.OutreachDtos.InvitationStatus;
import fr.assises.evaluation.projection.ProjectionService;
import fr.assises.evaluation.questionnaire.Questionnaire;
import fr.assises.evaluation.questionnaire.QuestionnaireService;
import fr.assises.evaluation.survey.SurveyAccess;
import fr.assises.evaluation.survey.SurveyAccessRepository;
import fr.assises.evaluation.survey.SurveyConfig;
import fr.assises.evaluation.survey.SurveyDtos.MySurvey;
import fr.assises.evaluation.survey.SurveyKeys;
import fr.assises.evaluation.survey.SurveyService;

/**
 * Invitation and reminder e-mails, sent by the system: this service picks the recipients and asks the service that
 * holds their addresses and languages (registration-service) to write to them, each with an opener of their own
 * access ({@code /enquete/lien/{code}} on the gateway). Organisers get counts, never who. Each person gets the
 * invitation once and the reminder once ({@code survey_outreach}).
 */
@ApplicationScoped
public class Outreach {

    public static final String INVITATION = "INVITATION";
    public static final String REMINDER = "REMINDER";
    private static final String UNKNOWN_LINK = "Lien de questionnaire inconnu ou qui n'est plus valable.";

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    ProjectionService projections;

    @Inject
    SurveyAccessRepository accesses;

    @Inject
    SurveyService surveys;

    @Inject
    SurveyKeys keys;

    @Inject
    SurveyConfig surveyConfig;

    @Inject
    OutreachConfig config;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Transactional
    public InvitationStatus status(UUID questionnaireId) {
        Questionnaire q = questionnaires.find(questionnaireId);
        Set<String> invited = mailed(q.id, INVITATION);
        int toInvite = (int) projections.eligible(q.congressId).keySet().stream().filter(p -> !invited.contains(p))
                .count();
        return new InvitationStatus(q.id, q.state(Instant.now()), projections.checkedInCount(q.congressId),
                invited.size(), toInvite);
    }

    /** Invites every checked-in participant not invited yet; an open questionnaire only. */
    @Transactional
    public InvitationSent invite(UUID questionnaireId) {
        Questionnaire q = em.find(Questionnaire.class, questionnaires.find(questionnaireId).id,
                LockModeType.PESSIMISTIC_WRITE);
        if (!"OUVERT".equals(q.state(Instant.now()))) {
            throw ProblemException.businessRule(
                    "Le questionnaire n'est pas ouvert : les invitations partent à son ouverture.");
        }
        Set<String> invited = mailed(q.id, INVITATION);
        List<String> recipients = projections.eligible(q.congressId).keySet().stream()
                .filter(p -> !invited.contains(p)).sorted().toList();
        if (recipients.isEmpty()) {
            throw ProblemException.businessRule(invited.isEmpty()
                    ? "Personne n'est enregistré comme présent au congrès : aucune invitation à envoyer."
                    : "Toutes les personnes présentes ont déjà reçu l'invitation.");
        }
        request(q, recipients, INVITATION);
        return new InvitationSent(q.id, recipients.size(), recipients.size() == 1
                ? "L'invitation va être envoyée à la personne présente qui ne l'a pas encore reçue."
                : "L'invitation va être envoyée aux " + recipients.size() + " personnes présentes qui ne l'ont pas "
                        + "encore reçue.");
    }

    /** Those of {@code kind} already asked for (INVITATION or REMINDER) for a questionnaire. */
    public Set<String> mailed(UUID questionnaireId, String kind) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("""
                select a.participant_id from survey_outreach o join survey_access a on a.id = o.access_id
                where a.questionnaire_id = ?1 and o.kind = ?2""")
                .setParameter(1, questionnaireId).setParameter(2, kind).getResultList();
        return Set.copyOf(ids);
    }

    /**
     * Records that these people are mailed {@code kind}, mints an opener of each one's access and publishes the
     * mail requests (through the outbox, in the caller's transaction).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void request(Questionnaire q, List<String> participantIds, String kind) {
        accesses.ensureAll(q.id, q.congressId);
        Map<String, UUID> accessIds = accesses.list("questionnaireId", q.id).stream()
                .collect(Collectors.toMap(a -> a.participantId, a -> a.id));
        List<MailRequestedData.Recipient> recipients = new ArrayList<>();
        for (String participantId : participantIds) {
            UUID accessId = accessIds.get(participantId);
            if (accessId == null) {
                accessId = accesses.ensure(q.id, participantId).id;
            }
            SurveyOpener opener = new SurveyOpener();
            String code = keys.newToken();
            opener.codeHash = hash(code);
            opener.accessId = accessId;
            em.persist(opener);
            em.createNativeQuery("""
                    insert into survey_outreach (access_id, kind) values (?1, ?2) on conflict do nothing""")
                    .setParameter(1, accessId).setParameter(2, kind).executeUpdate();
            recipients.add(new MailRequestedData.Recipient(participantId, publicUrl() + "/enquete/lien/" + code));
        }
        long version = ((Number) em.createNativeQuery("""
                select count(*) from survey_outreach o join survey_access a on a.id = o.access_id
                where a.questionnaire_id = ?1""").setParameter(1, q.id).getSingleResult()).longValue();
        int size = Math.max(1, config.recipientsPerEvent());
        for (int from = 0; from < recipients.size(); from += size) {
            List<MailRequestedData.Recipient> part = List.copyOf(
                    recipients.subList(from, Math.min(recipients.size(), from + size)));
            outbox.publish(Topics.EVALUATION, EventTypes.MAIL_REQUESTED, q.id.toString(),
                    new MailRequestedData(UUID.randomUUID(), kind, q.id, q.congressId, q.title, part, version));
        }
    }

    /**
     * A mailed opener exchanged for a fresh personal link of its person, as {@code my-survey} gives one: no link
     * once they answered or once the questionnaire is closed.
     */
    @Transactional
    public MySurvey open(String code) {
        if (!SurveyKeys.wellFormed(code)) {
            throw ProblemException.notFound(UNKNOWN_LINK);
        }
        SurveyOpener opener = em.find(SurveyOpener.class, hash(code));
        if (opener == null) {
            throw ProblemException.notFound(UNKNOWN_LINK);
        }
        SurveyAccess access = accesses.findById(opener.accessId);
        return surveys.issue(questionnaires.find(access.questionnaireId), access.participantId);
    }

    /** The room poster of a questionnaire (any state: it can be printed before the opening). */
    @Transactional
    public byte[] poster(UUID questionnaireId) {
        Questionnaire q = questionnaires.find(questionnaireId);
        String congress = projections.congress(q.congressId).map(c -> c.title).orElse(null);
        return Poster.render(congress, q.title, q.closesAt, publicUrl() + "/enquete/ouvrir/" + q.id);
    }

    /** The gateway's public address: the poster's QR code and the mailed openers lead there. */
    public String publicUrl() {
        String url = config.publicUrl().filter(u -> !u.isBlank())
                .orElseGet(() -> surveyConfig.linkBase().replaceFirst("/api/evaluation/survey/?$", ""));
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String hash(String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(("opener|" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
