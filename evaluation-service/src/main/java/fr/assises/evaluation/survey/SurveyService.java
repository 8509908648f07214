package fr.assises.evaluation.survey;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.events.Topics;
import fr.assises.common.outbox.Outbox;
import fr.assises.common.problem.ProblemException;
import fr.assises.evaluation.events.EventTypes;
import fr.assises.evaluation.events.ResponseSubmittedData;
import fr.assises.evaluation.projection.Participant;
import fr.assises.evaluation.projection.ProjectionService;
import fr.assises.evaluation.projection.SessionProjection;
import fr.assises.evaluation.questionnaire.Definition;
import fr.assises.evaluation.questionnaire.Definition.Question;
import fr.assises.evaluation.questionnaire.DefinitionRules;
import fr.assises.evaluation.questionnaire.QuestionType;
import fr.assises.evaluation.questionnaire.Questionnaire;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.RenderedSurvey;
import fr.assises.evaluation.questionnaire.QuestionnaireRepository;
import fr.assises.evaluation.questionnaire.QuestionnaireService;
import fr.assises.evaluation.questionnaire.SurveyRenderer;
import fr.assises.evaluation.survey.SurveyDtos.MySurvey;
import fr.assises.evaluation.survey.SurveyDtos.NonRespondents;
import fr.assises.evaluation.survey.SurveyDtos.PaperSubmitted;
import fr.assises.evaluation.survey.SurveyDtos.Submitted;
import fr.assises.evaluation.survey.SurveyResponse.Channel;

/**
 * Answering: personal links for checked-in participants, one anonymous response each, editable until closing
 * through the link it was given with. See {@link SurveyKeys} for why no stored value joins a response to a person.
 */
@ApplicationScoped
public class SurveyService {

    /** A paper form is not tied to a registration, so its category is unknown. */
    public static final String PAPER_CATEGORY = "NON_RENSEIGNEE";

    private static final String UNKNOWN_LINK = "Lien de questionnaire inconnu ou qui n'est plus valable.";

    @Inject
    QuestionnaireRepository questionnaires;

    @Inject
    QuestionnaireService questionnaireService;

    @Inject
    ProjectionService projections;

    @Inject
    SurveyAccessRepository accesses;

    @Inject
    AccessTokenRepository tokens;

    @Inject
    SurveyResponseRepository responses;

    @Inject
    SurveyKeys keys;

    @Inject
    SurveyConfig config;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper objectMapper;

    /** The signed-in participant's access to their congress's survey; mints a personal link while unanswered. */
    @Transactional
    public MySurvey mySurvey(UUID congressId, String participantId) {
        Questionnaire q = questionnaires.publishedOf(congressId)
                .orElseThrow(() -> ProblemException.notFound("Aucun questionnaire publié pour ce congrès."));
        if (projections.eligible(congressId, participantId).isEmpty()) {
            throw ProblemException.forbidden("Le questionnaire est réservé aux participants présents au congrès.");
        }
        Instant now = Instant.now();
        SurveyAccess access = accesses.ensure(q.id, participantId);
        String state = q.state(now);
        if (access.answered || "CLOS".equals(state)) {
            return new MySurvey(q.id, q.title, state, access.answered, null, null, null, null);
        }
        String token = keys.newToken();
        AccessToken stored = new AccessToken();
        stored.tokenHash = keys.accessHash(token);
        stored.accessId = access.id;
        stored.issuedAt = now;
        tokens.persist(stored);
        tokens.prune(access.id, config.maxLiveTokens());
        return new MySurvey(q.id, q.title, state, false, token, link(token),
                "/api/evaluation/survey/" + token + "/qr.png", "/api/evaluation/survey/" + token + "/qr.svg");
    }

    /** The survey behind a link, with the sessions its holder may rate and the answers given with this link. */
    @Transactional
    public RenderedSurvey survey(String token, String language) {
        return survey(token, language, null);
    }

    /**
     * The survey behind a link shown with {@code typed} (answers being given, not saved) instead of the saved ones,
     * so the questions their conditions now call for are shown; null means the answers saved with this link.
     */
    @Transactional
    public RenderedSurvey survey(String token, String language, Map<String, JsonNode> typed) {
        Holder h = resolve(token);
        Map<String, JsonNode> answers = typed != null ? typed
                : responses.byEditKey(keys.editKey(h.questionnaire.id, token)).map(r -> read(r.answers))
                        .orElse(Map.of());
        String lang = language != null ? language : h.participant.language();
        return SurveyRenderer.render(h.questionnaire, questionnaireService.definition(h.questionnaire), lang,
                attended(h), answers, Instant.now());
    }

    /** The link a token stands for, for its QR codes; unknown tokens are refused like everywhere else. */
    @Transactional
    public String linkOf(String token) {
        resolve(token);
        return link(token);
    }

    /** First answer or edit through the same link; checked entirely before anything is written. */
    @Transactional
    public Submitted submit(String token, Map<String, JsonNode> given) {
        Holder h = resolve(token);
        Questionnaire q = h.questionnaire;
        Instant now = Instant.now();
        if (!q.isOpenAt(now)) {
            throw ProblemException.businessRule(q.opensAt != null && now.isBefore(q.opensAt)
                    ? "Le questionnaire n'est pas encore ouvert." : "Le questionnaire est clos.");
        }
        Definition definition = questionnaireService.definition(q);
        List<SessionProjection> attended = attended(h);
        Map<String, Set<UUID>> rated = new HashMap<>();
        for (Question question : DefinitionRules.questions(definition)) {
            if (question.type() == QuestionType.SESSION_RATING) {
                rated.put(question.id(), SurveyRenderer.ratedSessions(question, attended).stream()
                        .map(s -> s.sessionId).collect(Collectors.toSet()));
            }
        }
        Map<String, JsonNode> clean = AnswerValidator.validate(definition, given, rated, !attended.isEmpty());
        String editKey = keys.editKey(q.id, token);
        Optional<SurveyResponse> existing = responses.byEditKey(editKey);
        if (existing.isPresent()) {
            existing.get().answers = write(clean);
            return new Submitted(q.id, true, "Vos réponses ont été modifiées.");
        }
        // the row lock serialises the count and the event version across concurrent respondents
        questionnaires.getEntityManager().refresh(q, LockModeType.PESSIMISTIC_WRITE);
        if (!accesses.markAnswered(h.access.id)) {
            throw ProblemException.conflict("Vous avez déjà répondu à ce questionnaire : une seule réponse par "
                    + "participant, modifiable avec le lien qui a servi à répondre.");
        }
        // the other links of this participant are burnt; this one stays only to edit until closing
        tokens.delete("accessId = ?1 and tokenHash <> ?2", h.access.id, h.token.tokenHash);
        store(q, h.participant.category(), Channel.ONLINE, editKey, clean);
        return new Submitted(q.id, false, "Merci, vos réponses ont été enregistrées.");
    }

    /**
     * A paper form collected at the congress and typed in by an organiser: the same checks as an online answer,
     * with every rated session of the congress open to rating (nobody knows which sessions the anonymous writer
     * attended). Accepted from opening and also after closing, since typing in takes weeks. Nothing records who
     * typed it in, and it has no edit key: a paper response is never edited.
     */
    @Transactional
    public PaperSubmitted submitPaper(UUID questionnaireId, Map<String, JsonNode> given) {
        Questionnaire q = questionnaireService.find(questionnaireId);
        if (q.status != Questionnaire.Status.PUBLISHED) {
            throw ProblemException.businessRule("Le questionnaire n'est pas publié : aucune réponse ne peut être "
                    + "saisie.");
        }
        if (q.opensAt == null || Instant.now().isBefore(q.opensAt)) {
            throw ProblemException.businessRule("Le questionnaire n'est pas encore ouvert : les réponses papier se "
                    + "saisissent à partir de son ouverture.");
        }
        Definition definition = questionnaireService.definition(q);
        List<SessionProjection> offered = projections.sessionsOf(q.congressId);
        Map<String, Set<UUID>> rated = new HashMap<>();
        for (Question question : DefinitionRules.questions(definition)) {
            if (question.type() == QuestionType.SESSION_RATING) {
                rated.put(question.id(), SurveyRenderer.ratedSessions(question, offered).stream()
                        .map(s -> s.sessionId).collect(Collectors.toSet()));
            }
        }
        boolean anyRated = rated.values().stream().anyMatch(ids -> !ids.isEmpty());
        Map<String, JsonNode> clean = AnswerValidator.validate(definition, given, rated, anyRated);
        questionnaires.getEntityManager().refresh(q, LockModeType.PESSIMISTIC_WRITE);
        store(q, PAPER_CATEGORY, Channel.PAPER, null, clean);
        return new PaperSubmitted(q.id, Channel.PAPER.name(), q.responseCount,
                "Réponse papier enregistrée (anonyme).");
    }

    /** Stores a new response and publishes the new count (never the answers); the caller holds the row lock. */
    private void store(Questionnaire q, String category, Channel channel, String editKey,
            Map<String, JsonNode> clean) {
        SurveyResponse response = new SurveyResponse();
        response.id = UUID.randomUUID();
        response.questionnaireId = q.id;
        response.category = category;
        response.channel = channel;
        response.editKey = editKey;
        response.answers = write(clean);
        responses.persist(response);
        q.responseCount += 1;
        q.eventVersion += 1;
        outbox.publish(Topics.EVALUATION, EventTypes.RESPONSE_SUBMITTED, q.id.toString(),
                new ResponseSubmittedData(q.id, q.congressId, q.responseCount, q.eventVersion));
    }

    /** Who may still be reminded: checked in, not answered; never what anyone answered. */
    @Transactional
    public NonRespondents nonRespondents(UUID questionnaireId) {
        Questionnaire q = questionnaireService.find(questionnaireId);
        Set<String> answered = accesses.answeredOf(q.id).stream().map(a -> a.participantId)
                .collect(Collectors.toSet());
        List<String> pending = projections.eligible(q.congressId).keySet().stream()
                .filter(p -> !answered.contains(p)).sorted().toList();
        return new NonRespondents(q.id, q.state(Instant.now()), pending.size(), pending);
    }

    private Holder resolve(String token) {
        if (!SurveyKeys.wellFormed(token)) {
            throw ProblemException.notFound(UNKNOWN_LINK);
        }
        AccessToken stored = tokens.findByIdOptional(keys.accessHash(token))
                .orElseThrow(() -> ProblemException.notFound(UNKNOWN_LINK));
        SurveyAccess access = accesses.findById(stored.accessId);
        Questionnaire q = questionnaireService.find(access.questionnaireId);
        Participant participant = projections.eligible(q.congressId, access.participantId)
                .orElseThrow(() -> ProblemException.forbidden(
                        "Votre inscription ne permet plus de répondre à ce questionnaire."));
        return new Holder(stored, access, q, participant);
    }

    private List<SessionProjection> attended(Holder h) {
        return projections.sessionsOf(h.questionnaire.congressId).stream()
                .filter(s -> h.participant.attendedSessionIds().contains(s.sessionId)).toList();
    }

    private String link(String token) {
        return config.linkBase() + token;
    }

    private String write(Map<String, JsonNode> answers) {
        try {
            return objectMapper.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, JsonNode> read(String json) {
        try {
            return objectMapper.readValue(json, new TypeReference<Map<String, JsonNode>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Holder(AccessToken token, SurveyAccess access, Questionnaire questionnaire,
            Participant participant) {
    }
}
