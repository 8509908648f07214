package fr.assises.evaluation.questionnaire;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.problem.ProblemException;
import fr.assises.evaluation.projection.ProjectionService;
import fr.assises.evaluation.projection.SessionProjection;
import fr.assises.evaluation.questionnaire.Definition.Question;
import fr.assises.evaluation.questionnaire.Definition.Section;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.CloneRequest;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.CreateRequest;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.PreviewRequest;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.QuestionnaireView;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.RenderedSurvey;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.ScheduleRequest;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.SectionRequest;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.UpdateRequest;

/** The organisers' questionnaire builder: structure while in draft, dates at any time, publication. */
@ApplicationScoped
public class QuestionnaireService {

    @Inject
    QuestionnaireRepository questionnaires;

    @Inject
    ProjectionService projections;

    @Inject
    ObjectMapper objectMapper;

    @Transactional
    public QuestionnaireView create(CreateRequest request) {
        requireCongress(request.congressId());
        Definition definition = DefinitionRules.normalise(request.definition() == null
                ? new Definition(null, List.of()) : request.definition());
        Questionnaire q = new Questionnaire();
        q.id = UUID.randomUUID();
        q.congressId = request.congressId();
        q.title = request.title().trim();
        q.status = Questionnaire.Status.DRAFT;
        if (request.opensAt() != null || request.closesAt() != null) {
            setDates(q, request.opensAt(), request.closesAt());
        }
        q.definition = write(definition);
        q.createdAt = Instant.now();
        q.updatedAt = q.createdAt;
        questionnaires.persist(q);
        return view(q);
    }

    @Transactional
    public QuestionnaireView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public List<QuestionnaireView> ofCongress(UUID congressId) {
        requireCongress(congressId);
        return questionnaires.ofCongress(congressId).stream().map(this::view).toList();
    }

    @Transactional
    public QuestionnaireView update(UUID id, UpdateRequest request) {
        Questionnaire q = draft(id);
        q.title = request.title().trim();
        save(q, DefinitionRules.normalise(request.definition()));
        return view(q);
    }

    @Transactional
    public QuestionnaireView schedule(UUID id, ScheduleRequest request) {
        Questionnaire q = find(id);
        // participants were told when a published questionnaire opens and closes: only a later closing
        // (ClosingService.extend) or closing now may change that, never any pair of dates
        if (q.status != Questionnaire.Status.DRAFT) {
            throw ProblemException.conflict("Les dates d'un questionnaire publié ne se changent plus : prolongez-le "
                    + "(POST …/extend) ou clôturez-le (POST …/close).");
        }
        setDates(q, request.opensAt(), request.closesAt());
        q.updatedAt = Instant.now();
        return view(q);
    }

    @Transactional
    public QuestionnaireView addSection(UUID id, SectionRequest request) {
        Questionnaire q = draft(id);
        Definition d = definition(q);
        List<Section> sections = new ArrayList<>(d.sections());
        sections.add(new Section(request.id(), request.title(), request.intro(), List.of()));
        save(q, DefinitionRules.normalise(new Definition(d.preamble(), sections)));
        return view(q);
    }

    @Transactional
    public QuestionnaireView addQuestion(UUID id, String sectionId, Question question) {
        Questionnaire q = draft(id);
        Definition d = definition(q);
        List<Section> sections = new ArrayList<>();
        boolean found = false;
        for (Section s : d.sections()) {
            if (s.id().equals(sectionId)) {
                List<Question> questions = new ArrayList<>(s.questions());
                questions.add(question);
                sections.add(new Section(s.id(), s.title(), s.intro(), questions));
                found = true;
            } else {
                sections.add(s);
            }
        }
        if (!found) {
            throw ProblemException.notFound("Section introuvable : " + sectionId);
        }
        save(q, DefinitionRules.normalise(new Definition(d.preamble(), sections)));
        return view(q);
    }

    @Transactional
    public QuestionnaireView addContextual(UUID id, String sectionId, String key) {
        Question template = ContextualQuestions.byKey(key)
                .orElseThrow(() -> ProblemException.invalidField("key", "Question contextuelle inconnue : " + key));
        return addQuestion(id, sectionId, template);
    }

    @Transactional
    public QuestionnaireView removeQuestion(UUID id, String questionId) {
        Questionnaire q = draft(id);
        Definition d = definition(q);
        List<Section> sections = new ArrayList<>();
        boolean found = false;
        for (Section s : d.sections()) {
            List<Question> kept = s.questions().stream().filter(x -> !x.id().equals(questionId)).toList();
            found |= kept.size() != s.questions().size();
            sections.add(new Section(s.id(), s.title(), s.intro(), kept));
        }
        if (!found) {
            throw ProblemException.notFound("Question introuvable : " + questionId);
        }
        save(q, DefinitionRules.normalise(new Definition(d.preamble(), sections)));
        return view(q);
    }

    @Transactional
    public QuestionnaireView publish(UUID id) {
        Questionnaire q = draft(id);
        Definition d = definition(q);
        if (d.preamble() == null || !d.preamble().complete()) {
            throw ProblemException.businessRule("Un questionnaire ne peut être publié sans préambule complet : "
                    + "objet de l'enquête, usage des réponses et anonymat.");
        }
        if (DefinitionRules.questions(d).isEmpty()) {
            throw ProblemException.businessRule("Un questionnaire publié contient au moins une question.");
        }
        if (q.opensAt == null || q.closesAt == null) {
            throw ProblemException.businessRule("Fixez les dates d'ouverture et de clôture avant de publier.");
        }
        q.status = Questionnaire.Status.PUBLISHED;
        q.updatedAt = Instant.now();
        return view(q);
    }

    /** Closes answering now (answers can no longer be given or edited). */
    @Transactional
    public QuestionnaireView close(UUID id) {
        Questionnaire q = find(id);
        Instant now = Instant.now();
        if (q.status != Questionnaire.Status.PUBLISHED || !q.isOpenAt(now)) {
            throw ProblemException.conflict("Seul un questionnaire ouvert peut être clos.");
        }
        q.closesAt = now;
        q.updatedAt = now;
        return view(q);
    }

    @Transactional
    public QuestionnaireView cloneOf(UUID id, CloneRequest request) {
        Questionnaire source = find(id);
        requireCongress(request.congressId());
        Questionnaire q = new Questionnaire();
        q.id = UUID.randomUUID();
        q.congressId = request.congressId();
        q.title = request.title() == null || request.title().isBlank() ? source.title : request.title().trim();
        q.status = Questionnaire.Status.DRAFT;
        q.definition = source.definition;
        q.clonedFrom = source.id;
        q.createdAt = Instant.now();
        q.updatedAt = q.createdAt;
        questionnaires.persist(q);
        return view(q);
    }

    /** The questionnaire as a respondent would see it, for a sample context (sessions attended, answers). */
    @Transactional
    public RenderedSurvey preview(UUID id, PreviewRequest request) {
        Questionnaire q = find(id);
        List<SessionProjection> offered = projections.sessionsOf(q.congressId);
        List<SessionProjection> attended = offered;
        if (request != null && request.sessionIds() != null) {
            Set<UUID> wanted = new HashSet<>(request.sessionIds());
            attended = offered.stream().filter(s -> wanted.contains(s.sessionId)).toList();
        }
        return SurveyRenderer.render(q, definition(q), request == null ? null : request.language(), attended,
                request == null || request.answers() == null ? Map.of() : request.answers(), Instant.now());
    }

    public Questionnaire find(UUID id) {
        return questionnaires.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Questionnaire introuvable."));
    }

    public Definition definition(Questionnaire q) {
        try {
            return objectMapper.readValue(q.definition, Definition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored questionnaire unreadable", e);
        }
    }

    public QuestionnaireView view(Questionnaire q) {
        return new QuestionnaireView(q.id, q.congressId, q.title, q.status.name(), q.state(Instant.now()),
                SurveyRenderer.paris(q.opensAt), SurveyRenderer.paris(q.closesAt), q.responseCount, q.clonedFrom,
                definition(q));
    }

    private Questionnaire draft(UUID id) {
        Questionnaire q = find(id);
        if (q.status != Questionnaire.Status.DRAFT) {
            throw ProblemException.conflict("Un questionnaire publié ne peut plus changer de structure "
                    + "(clonez-le pour en préparer une nouvelle version).");
        }
        return q;
    }

    private void save(Questionnaire q, Definition definition) {
        q.definition = write(definition);
        q.updatedAt = Instant.now();
    }

    private static void setDates(Questionnaire q, OffsetDateTime opensAt, OffsetDateTime closesAt) {
        if (opensAt == null || closesAt == null) {
            throw ProblemException.invalidField("closesAt", "Les dates d'ouverture et de clôture vont ensemble.");
        }
        if (!opensAt.isBefore(closesAt)) {
            throw ProblemException.invalidField("closesAt", "La clôture doit suivre l'ouverture.");
        }
        q.opensAt = opensAt.toInstant();
        q.closesAt = closesAt.toInstant();
    }

    private void requireCongress(UUID congressId) {
        if (projections.congress(congressId).isEmpty()) {
            throw ProblemException.notFound("Congrès inconnu de l'évaluation (pas encore reçu du programme).");
        }
    }

    private String write(Definition definition) {
        try {
            return objectMapper.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
