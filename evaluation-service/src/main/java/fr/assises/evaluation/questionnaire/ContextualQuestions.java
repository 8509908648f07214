package fr.assises.evaluation.questionnaire;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.assises.evaluation.questionnaire.Definition.Choice;
import fr.assises.evaluation.questionnaire.Definition.Label;
import fr.assises.evaluation.questionnaire.Definition.Question;

/**
 * Ready-to-add contextual questions (the field report asked for them first: job title, statutory category,
 * years in the role, territory). Answers stay anonymous: coarse choices, no name.
 */
public final class ContextualQuestions {

    private static final Map<String, Question> LIBRARY = new LinkedHashMap<>();

    static {
        LIBRARY.put("job-title", new Question("ctx-job-title", QuestionType.SHORT_TEXT,
                Label.of("Quel est l'intitulé de votre poste ?", "What is your job title?"), null, false,
                null, null, null, null, null, null, 120, null, null, "job-title"));
        LIBRARY.put("statutory-category", new Question("ctx-statutory-category", QuestionType.SINGLE_CHOICE,
                Label.of("Quelle est votre catégorie statutaire ?", "What is your statutory category?"), null, false,
                List.of(new Choice("A", Label.of("Catégorie A", "Category A")),
                        new Choice("B", Label.of("Catégorie B", "Category B")),
                        new Choice("C", Label.of("Catégorie C", "Category C")),
                        new Choice("NON_CONCERNE", Label.of("Non concerné·e (hors fonction publique)",
                                "Not applicable (not a civil servant)"))),
                null, null, null, null, null, null, null, null, "statutory-category"));
        LIBRARY.put("years-in-role", new Question("ctx-years-in-role", QuestionType.NUMBER,
                Label.of("Depuis combien d'années exercez-vous cette fonction ?",
                        "How many years have you held this role?"), null, false,
                null, null, null, null, BigDecimal.ZERO, BigDecimal.valueOf(50), null, null, null, "years-in-role"));
        LIBRARY.put("territory-type", new Question("ctx-territory-type", QuestionType.SINGLE_CHOICE,
                Label.of("Sur quel type de territoire intervenez-vous ?", "What kind of territory do you work in?"),
                null, false,
                List.of(new Choice("URBAIN", Label.of("Urbain", "Urban")),
                        new Choice("PERIURBAIN", Label.of("Périurbain", "Peri-urban")),
                        new Choice("RURAL", Label.of("Rural", "Rural")),
                        new Choice("MONTAGNE", Label.of("Montagne", "Mountain")),
                        new Choice("LITTORAL", Label.of("Littoral", "Coastal")),
                        new Choice("OUTRE_MER", Label.of("Outre-mer", "Overseas")),
                        new Choice("MIXTE", Label.of("Plusieurs types", "Several kinds"))),
                null, null, null, null, null, null, null, null, "territory-type"));
    }

    private ContextualQuestions() {
    }

    public static Map<String, Question> all() {
        return LIBRARY;
    }

    public static Optional<Question> byKey(String key) {
        return Optional.ofNullable(LIBRARY.get(key));
    }
}
