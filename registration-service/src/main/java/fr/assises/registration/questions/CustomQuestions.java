package fr.assises.registration.questions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.problem.Problem;
import fr.assises.common.problem.ProblemException;
import fr.assises.common.problem.ProblemType;
import fr.assises.registration.programme.CongressRepository;
import fr.assises.registration.settings.SettingsRepository;

/**
 * The organisers' custom questions and the checking of their answers. Answers are personal data: they stay in the
 * registration (JSON keyed by question id) and never go into events.
 */
@ApplicationScoped
public class CustomQuestions {

    static final int SHORT_TEXT_MAX = 200;
    static final int LONG_TEXT_MAX = 2000;
    private static final TypeReference<List<QuestionView.Choice>> CHOICES = new TypeReference<>() {
    };
    private static final TypeReference<LinkedHashMap<String, Object>> ANSWERS = new TypeReference<>() {
    };

    @Inject
    CongressRepository congresses;

    @Inject
    SettingsRepository settings;

    @Inject
    CustomQuestionRepository questions;

    @Inject
    ObjectMapper json;

    @Transactional
    public List<QuestionView> list(UUID congressId) {
        congresses.require(congressId);
        return views(congressId);
    }

    public List<QuestionView> views(UUID congressId) {
        List<QuestionView> views = new ArrayList<>();
        for (CustomQuestion q : questions.of(congressId)) {
            views.add(new QuestionView(q.id, q.position, q.kind, q.required, q.labelFr, q.labelEn, choices(q)));
        }
        return views;
    }

    @Transactional
    public List<QuestionView> replace(UUID congressId, QuestionsRequest request) {
        congresses.require(congressId);
        if (settings.findById(congressId) == null) {
            throw ProblemException.notFound("Les inscriptions de ce congrès ne sont pas encore paramétrées.");
        }
        Map<UUID, CustomQuestion> existing = new HashMap<>();
        questions.of(congressId).forEach(q -> existing.put(q.id, q));
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<UUID> kept = new HashSet<>();
        for (int i = 0; i < request.questions().size(); i++) {
            QuestionsRequest.QuestionRequest q = request.questions().get(i);
            String at = "questions[" + i + "]";
            if (q.id() != null && (!existing.containsKey(q.id()) || !kept.add(q.id()))) {
                errors.add(new Problem.FieldError(at + ".id", "question inconnue ou en double"));
            }
            List<QuestionsRequest.ChoiceRequest> choices = q.choices() == null ? List.of() : q.choices();
            if (q.kind().hasChoices() && choices.size() < 2) {
                errors.add(new Problem.FieldError(at + ".choices", "au moins deux choix"));
            }
            if (!q.kind().hasChoices() && !choices.isEmpty()) {
                errors.add(new Problem.FieldError(at + ".choices", "ce type de question n'a pas de choix"));
            }
            Set<String> codes = new HashSet<>();
            Set<String> words = new HashSet<>();
            for (QuestionsRequest.ChoiceRequest c : choices) {
                if ((c.code() != null && !codes.add(c.code())) || !words.add(c.labelFr().strip().toLowerCase())) {
                    errors.add(new Problem.FieldError(at + ".choices", "choix en double : " + c.labelFr()));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() == 1 ? errors.get(0).message()
                    : "Certaines questions sont invalides.", errors);
        }
        existing.values().stream().filter(q -> !kept.contains(q.id)).forEach(questions::delete);
        questions.flush();
        for (int i = 0; i < request.questions().size(); i++) {
            QuestionsRequest.QuestionRequest r = request.questions().get(i);
            CustomQuestion q = r.id() == null ? null : existing.get(r.id());
            boolean fresh = q == null;
            if (fresh) {
                q = new CustomQuestion();
                q.id = UUID.randomUUID();
                q.congressId = congressId;
            }
            q.position = i + 1;
            q.kind = r.kind();
            q.required = r.required();
            q.labelFr = r.labelFr().strip();
            q.labelEn = r.labelEn().strip();
            q.choices = write(choices(r.choices()));
            if (fresh) {
                questions.persist(q);
            }
        }
        questions.flush();
        return views(congressId);
    }

    /**
     * Checks the answers to this congress's questions and returns them normalised as stored (JSON, question id to
     * value), or null when there are none. Each refusal names the question ({@code answers.<id>}).
     * {@code enforceRequired} is false for organisers, who may not know a person's answers.
     */
    public String check(UUID congressId, Map<String, Object> answers, boolean enforceRequired) {
        return check(questions.of(congressId), answers, enforceRequired);
    }

    /** The same, against the congress's questions already read (registering keeps them per congress). */
    public String check(List<CustomQuestion> asked, Map<String, Object> answers, boolean enforceRequired) {
        Map<String, Object> given = answers == null ? Map.of() : answers;
        Map<String, CustomQuestion> byId = new HashMap<>();
        asked.forEach(q -> byId.put(q.id.toString(), q));
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String id : given.keySet()) {
            if (!byId.containsKey(id)) {
                errors.add(new Problem.FieldError("answers." + id, "question inconnue"));
            }
        }
        Map<String, Object> normalised = new LinkedHashMap<>();
        for (CustomQuestion q : asked) {
            String field = "answers." + q.id;
            try {
                Object value = normalise(q, given.get(q.id.toString()));
                if (value != null) {
                    normalised.put(q.id.toString(), value);
                } else if (q.required && enforceRequired) {
                    errors.add(new Problem.FieldError(field, "« " + q.labelFr + " » : réponse obligatoire"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError(field, "« " + q.labelFr + " » : " + e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.get(0).message(), errors);
        }
        return normalised.isEmpty() ? null : write(normalised);
    }

    /** Stored answers, question id to value (text, choice code or codes, true/false, number, ISO date). */
    public Map<String, Object> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(stored, ANSWERS);
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private Object normalise(CustomQuestion q, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())
                || (value instanceof List<?> l && l.isEmpty())) {
            return null;
        }
        return switch (q.kind) {
            case SHORT_TEXT -> text(value, SHORT_TEXT_MAX);
            case LONG_TEXT -> text(value, LONG_TEXT_MAX);
            case SINGLE_CHOICE -> choice(q, value);
            case MULTIPLE_CHOICE -> {
                List<?> values = value instanceof List<?> l ? l : List.of(value);
                Set<String> codes = new LinkedHashSet<>();
                for (Object v : values) {
                    if (!codes.add(choice(q, v))) {
                        throw new IllegalArgumentException("choix en double");
                    }
                }
                yield new ArrayList<>(codes);
            }
            case YES_NO -> {
                if (value instanceof Boolean b) {
                    yield b;
                }
                if ("true".equals(value) || "false".equals(value)) {
                    yield Boolean.valueOf((String) value);
                }
                throw new IllegalArgumentException("oui ou non attendu");
            }
            case NUMBER -> {
                try {
                    BigDecimal n = new BigDecimal(value.toString().strip().replace(',', '.').replace(" ", ""));
                    if (n.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
                        throw new IllegalArgumentException("nombre trop grand");
                    }
                    yield n;
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("un nombre est attendu");
                }
            }
            case DATE -> {
                try {
                    yield LocalDate.parse(value.toString().strip()).toString();
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("une date est attendue (AAAA-MM-JJ)");
                }
            }
        };
    }

    private static String text(Object value, int max) {
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException("un texte est attendu");
        }
        String stripped = s.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(max + " caractères au plus");
        }
        return stripped;
    }

    private String choice(CustomQuestion q, Object value) {
        for (QuestionView.Choice c : choices(q)) {
            if (c.code().equals(value)) {
                return c.code();
            }
        }
        throw new IllegalArgumentException("choix inconnu : " + value);
    }

    private List<QuestionView.Choice> choices(CustomQuestion q) {
        if (!q.kind.hasChoices()) {
            return List.of();
        }
        try {
            return json.readValue(q.choices, CHOICES);
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    /** Choices keep the code they were sent with; new ones get the next free C1, C2… */
    private static List<QuestionView.Choice> choices(List<QuestionsRequest.ChoiceRequest> requested) {
        List<QuestionView.Choice> choices = new ArrayList<>();
        if (requested == null) {
            return choices;
        }
        Set<String> taken = new HashSet<>();
        requested.stream().filter(c -> c.code() != null).forEach(c -> taken.add(c.code()));
        int next = 1;
        for (QuestionsRequest.ChoiceRequest c : requested) {
            String code = c.code();
            if (code == null) {
                while (taken.contains("C" + next)) {
                    next++;
                }
                code = "C" + next;
                taken.add(code);
            }
            choices.add(new QuestionView.Choice(code, c.labelFr().strip(), c.labelEn().strip()));
        }
        return choices;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
