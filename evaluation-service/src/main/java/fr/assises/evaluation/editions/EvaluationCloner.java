package fr.assises.evaluation.editions;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.assises.common.events.MalformedEventException;
import fr.assises.common.inbox.Inbox;
import fr.assises.evaluation.events.CongressClonedData;
import fr.assises.evaluation.indicator.Indicator;
import fr.assises.evaluation.indicator.IndicatorRepository;
import fr.assises.evaluation.questionnaire.Questionnaire;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.CloneRequest;
import fr.assises.evaluation.questionnaire.QuestionnaireRepository;
import fr.assises.evaluation.questionnaire.QuestionnaireService;

/**
 * Copies a previous edition's questionnaires (as drafts, through the questionnaire clone) and its indicators
 * (targets kept, due dates moved by the clone's day shift, measured values left behind) into the new edition.
 * Applied once per event, and never into an edition that already has questionnaires or indicators.
 */
@ApplicationScoped
public class EvaluationCloner {

    public static final String PART = "EVALUATION";
    static final String CONSUMER = "evaluation-clone";
    private static final Logger LOG = Logger.getLogger(EvaluationCloner.class);

    @Inject
    Inbox inbox;

    @Inject
    QuestionnaireRepository questionnaires;

    @Inject
    QuestionnaireService questionnaireService;

    @Inject
    IndicatorRepository indicators;

    @Transactional(Transactional.TxType.MANDATORY)
    public void cloned(UUID eventId, CongressClonedData event) {
        if (event.sourceCongressId() == null || event.congressId() == null) {
            throw new MalformedEventException("event " + eventId + " lacks a congress id");
        }
        if (!event.includes(PART) || !inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        if (!questionnaires.ofCongress(event.congressId()).isEmpty()
                || !indicators.ofCongress(event.congressId()).isEmpty()) {
            LOG.infof("clone %s: %s already has its evaluation, nothing copied", eventId, event.congressId());
            return;
        }
        Map<UUID, UUID> questionnaireIds = new HashMap<>();
        for (Questionnaire q : questionnaires.ofCongress(event.sourceCongressId())) {
            questionnaireIds.put(q.id,
                    questionnaireService.cloneOf(q.id, new CloneRequest(event.congressId(), null)).id());
        }
        for (Indicator source : indicators.ofCongress(event.sourceCongressId())) {
            Indicator copy = new Indicator();
            copy.id = UUID.randomUUID();
            copy.congressId = event.congressId();
            copy.label = source.label;
            copy.source = source.source;
            copy.target = source.target;
            copy.unit = source.unit;
            copy.questionnaireId = source.questionnaireId == null ? null : questionnaireIds.get(source.questionnaireId);
            copy.questionId = source.questionId;
            copy.satisfiedValues = source.satisfiedValues;
            copy.dueDate = source.dueDate == null ? null : source.dueDate.plusDays(event.dayShift());
            copy.position = source.position;
            copy.createdAt = Instant.now();
            indicators.persist(copy);
        }
    }
}
