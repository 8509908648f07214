package fr.assises.evaluation.survey;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.problem.ProblemException;
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
import fr.assises.evaluation.survey.SurveyDtos.PaperSubmitted;
import fr.assises.evaluation.survey.SurveyDtos.Submitted;
import fr.assises.evaluation.survey.SurveyResponse.Channel;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Answering: personal links for checked-in participants, one anonymous response each, editable until closing
 * through the link it was given with. See {@link SurveyKeys} for why no stored value joins a response to a person.
 */
@ApplicationScoped
public class SurveyService {

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
    ResponseWriter writer;

    @Inject
    ObjectMapper objectMapper;

    /** The signed-in participant's access to their congress's survey; mints a personal link while unanswered. */
    @Transactional
    public MySurvey mySurvey(UUID congressId, String participantId) {
        Questionnaire q = questionnaires.publishedOf(congressId)
                .orElseThrow(() -> ProblemException.notFound("Aucun questionnaire publié pour ce congrès."));
        return issue(q, participantId);
    }

    /**
     * The same for one published questionnaire named by its id (the room poster's QR code leads there): the
     * caller's own access only, never anyone else's.
     */
    @Transactional
    public MySurvey mySurveyOf(UUID questionnaireId, String participantId) {
        Questionnaire q = questionnaireService.find(questionnaireId);
        if (q.status != Questionnaire.Status.PUBLISHED) {
            throw ProblemException.notFound("Questionnaire introuvable.");
        }
        return issue(q, participantId);
    }

    /**
     * A fresh personal link for {@code participantId}'s access to {@code q}, while they may still answer; the caller
     * has established who the participant is (their own token, or a mailed opener of their access).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public MySurvey issue(Questionnaire q, String participantId) {
        UUID congressId = q.congressId;
        if (projections.eligible(congressId, participantId).isEmpty()) {
            throw ProblemException.forbidden("Le questionnaire est réservé aux participants présents au congrès.");
        }
        Instant now = Instant.now();
        accesses.ensureAll(q.id, congressId);
        SurveyAccess access = accesses.ensure(q.id, participantId);
        String state = q.state(now);
        if (access.answered || "CLOS".equals(state)) {
            return new MySurvey(q.id, q.title, state, access.answered, null, null, null, null);
        }
        String token = keys.newToken();
        AccessToken stored = new AccessToken();
        stored.tokenHash = keys.accessHash(token);
        stored.accessId = access.id;
        stored.seq = tokens.nextSeq(access.id);
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

    /**
     * First answer or edit through the same link; checked entirely before anything is written. The access is
     * consumed and the response stored in two separate transactions (see {@link ResponseWriter}).
     */
    public Submitted submit(String token, Map<String, JsonNode> given) {
        Checked checked = QuarkusTransaction.requiringNew().call(() -> check(token, given));
        if (!checked.edit()) {
            QuarkusTransaction.requiringNew().run(() -> writer.consume(checked.questionnaireId(), checked.accessId(),
                    checked.tokenHash()));
        }
        boolean created = QuarkusTransaction.requiringNew().call(() -> writer.record(checked.questionnaireId(),
                Channel.ONLINE, checked.editKey(), checked.answers()));
        return created ? new Submitted(checked.questionnaireId(), false, "Merci, vos réponses ont été enregistrées.")
                : new Submitted(checked.questionnaireId(), true, "Vos réponses ont été modifiées.");
    }

    private Checked check(String token, Map<String, JsonNode> given) {
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
        boolean edit = responses.byEditKey(editKey).isPresent();
        return new Checked(q.id, h.access.id, h.token.tokenHash, editKey, edit, clean);
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
        writer.record(q.id, Channel.PAPER, null, clean);
        return new PaperSubmitted(q.id, Channel.PAPER.name(), q.responseCount,
                "Réponse papier enregistrée (anonyme).");
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

    private Map<String, JsonNode> read(String json) {
        try {
            return objectMapper.readValue(json, new TypeReference<Map<String, JsonNode>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Checked(UUID questionnaireId, UUID accessId, String tokenHash, String editKey, boolean edit,
            Map<String, JsonNode> answers) {
    }

    private record Holder(AccessToken token, SurveyAccess access, Questionnaire questionnaire,
            Participant participant) {
    }
}
