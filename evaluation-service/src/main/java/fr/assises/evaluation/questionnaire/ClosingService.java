package fr.assises.evaluation.questionnaire;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.ProblemException;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.QuestionnaireView;

/**
 * Moving the closing of a published questionnaire later. Only later: participants were told when it closes, so an
 * earlier end is "close now" ({@link QuestionnaireService#close}), never a shorter delay they did not hear about.
 */
@ApplicationScoped
public class ClosingService {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm",
            Locale.FRENCH);

    @Inject
    QuestionnaireService questionnaires;

    @Transactional
    public QuestionnaireView extend(UUID id, OffsetDateTime closesAt) {
        Questionnaire q = questionnaires.find(id);
        Instant now = Instant.now();
        if (q.status != Questionnaire.Status.PUBLISHED) {
            throw ProblemException.conflict("Un brouillon n'est pas prolongé : fixez ses dates avant de le publier.");
        }
        if (!now.isBefore(q.closesAt)) {
            throw ProblemException.conflict("Ce questionnaire est clos : il ne peut plus être prolongé.");
        }
        if (!closesAt.toInstant().isAfter(q.closesAt)) {
            throw ProblemException.invalidField("closesAt", "La nouvelle clôture doit suivre la clôture actuelle ("
                    + SHOWN.format(q.closesAt.atZone(SurveyRenderer.PARIS)) + ").");
        }
        q.closesAt = closesAt.toInstant();
        q.updatedAt = now;
        return questionnaires.view(q);
    }
}
