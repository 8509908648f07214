package fr.assises.evaluation.questionnaire;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import fr.assises.evaluation.projection.SessionProjection;
import fr.assises.evaluation.questionnaire.Definition.Label;
import fr.assises.evaluation.questionnaire.Definition.Question;
import fr.assises.evaluation.questionnaire.Definition.Section;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.RenderedOption;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.RenderedPoint;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.RenderedPreamble;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.RenderedQuestion;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.RenderedSection;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.RenderedSession;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.RenderedSurvey;

/** Renders a questionnaire for one respondent (or a sample context in the preview). */
public final class SurveyRenderer {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Set<String> NOT_RATED_BY_DEFAULT = Set.of("MEAL", "BREAK");

    private SurveyRenderer() {
    }

    /** Sessions a session-rating question asks about, among those the respondent attended. */
    public static List<SessionProjection> ratedSessions(Question q, Collection<SessionProjection> attended) {
        return attended.stream().filter(s -> q.sessionKinds() == null || q.sessionKinds().isEmpty()
                ? !NOT_RATED_BY_DEFAULT.contains(s.kind) : q.sessionKinds().contains(s.kind)).toList();
    }

    public static RenderedSurvey render(Questionnaire questionnaire, Definition definition, String language,
            List<SessionProjection> attended, Map<String, JsonNode> answers, Instant now) {
        String lang = "en".equals(language) ? "en" : "fr";
        Map<String, Boolean> visible = DefinitionRules.visibility(definition, answers, !attended.isEmpty());
        List<RenderedSection> sections = new ArrayList<>();
        for (Section section : definition.sections()) {
            List<RenderedQuestion> questions = new ArrayList<>();
            for (Question q : section.questions()) {
                List<RenderedSession> sessions = null;
                if (q.type() == QuestionType.SESSION_RATING) {
                    sessions = ratedSessions(q, attended).stream().map(s -> new RenderedSession(s.sessionId,
                            s.title, s.kind, s.startsAt == null ? null : s.startsAt.atZone(PARIS).toOffsetDateTime(),
                            s.roomName)).toList();
                }
                List<RenderedOption> options = q.type() == QuestionType.THREE_C
                        ? ThreeC.COLUMNS.stream().map(c -> new RenderedOption(c.code(), c.label().in(lang))).toList()
                        : q.options() == null ? null
                        : q.options().stream().map(o -> new RenderedOption(o.code(), o.label().in(lang))).toList();
                List<RenderedPoint> scale = q.scale() == null ? null
                        : q.scale().stream().map(p -> new RenderedPoint(p.value(), p.label().in(lang))).toList();
                questions.add(new RenderedQuestion(q.id(), q.type().name(), q.label().in(lang), text(q.help(), lang),
                        q.required(), Boolean.TRUE.equals(visible.get(q.id())), options, q.maxSelections(), scale,
                        text(q.satisfactionLabel(), lang), q.min(), q.max(), q.maxLength(), sessions, q.showWhen()));
            }
            sections.add(new RenderedSection(section.id(), section.title().in(lang), text(section.intro(), lang),
                    questions));
        }
        Definition.Preamble p = definition.preamble();
        RenderedPreamble preamble = p == null ? null
                : new RenderedPreamble(text(p.purpose(), lang), text(p.use(), lang), text(p.anonymity(), lang));
        return new RenderedSurvey(questionnaire.id, questionnaire.title, lang, questionnaire.state(now),
                paris(questionnaire.opensAt), paris(questionnaire.closesAt), preamble, sections, answers);
    }

    public static OffsetDateTime paris(Instant instant) {
        return instant == null ? null : instant.atZone(PARIS).toOffsetDateTime();
    }

    private static String text(Label label, String lang) {
        return label == null ? null : label.in(lang);
    }
}
