package fr.assises.gateway.web.organiser.registrations;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.RegistrationSettingsClient.Question;
import fr.assises.gateway.web.shared.Forms;

/**
 * A registration as the desk's edit and add forms hold it, typed values kept when registration-service refuses
 * them. Workshops: one per slot ({@code workshop_<slot>}); a kept first choice keeps its second choice
 * ({@code second_<session>}). Custom answers: {@code answer_<question>}, one value or several.
 */
public record DeskForm(String firstName, String lastName, String email, String organisation, String territoryType,
        String jobTitle, String statutoryCategory, String accessibilityNeeds, String dietaryNeeds, String category,
        String language, Set<String> days, Set<String> meals, Map<String, String> workshops,
        Map<String, String> secondChoices, Map<String, List<String>> answers) {

    public boolean day(Object date) {
        return days.contains(String.valueOf(date));
    }

    public boolean meal(String sessionId) {
        return meals.contains(sessionId);
    }

    public boolean workshop(String sessionId) {
        return workshops.containsValue(sessionId);
    }

    public boolean noWorkshop(DeskChoices.Slot slot) {
        return slot.options().stream().noneMatch(o -> workshops.containsValue(o.sessionId()));
    }

    public String answer(String questionId) {
        List<String> v = answers.get(questionId);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    public boolean answered(String questionId, String value) {
        List<String> v = answers.get(questionId);
        return v != null && v.contains(value);
    }

    static DeskForm blank() {
        return new DeskForm(null, null, null, null, null, null, null, null, null, null, "fr", Set.of(), Set.of(),
                Map.of(), Map.of(), Map.of());
    }

    static DeskForm of(DeskClient.Detail r) {
        Set<String> days = new LinkedHashSet<>();
        r.daysOrEmpty().forEach(d -> days.add(d.toString()));
        Set<String> meals = new LinkedHashSet<>();
        r.mealsOrEmpty().forEach(m -> meals.add(m.sessionId()));
        Map<String, String> workshops = new LinkedHashMap<>();
        Map<String, String> seconds = new LinkedHashMap<>();
        r.workshopsOrEmpty().forEach(w -> {
            String first = w.firstChoiceSessionId() != null ? w.firstChoiceSessionId() : w.sessionId();
            workshops.put(first, first);
            if (w.secondChoiceSessionId() != null) {
                seconds.put(first, w.secondChoiceSessionId());
            }
        });
        Map<String, List<String>> answers = new LinkedHashMap<>();
        r.answersOrEmpty().forEach((id, value) -> {
            List<String> list = new ArrayList<>();
            if (value instanceof List<?> many) {
                many.forEach(v -> list.add(String.valueOf(v)));
            } else if (value != null) {
                list.add(String.valueOf(value));
            }
            answers.put(id, list);
        });
        DeskClient.Person p = r.personOrEmpty();
        return new DeskForm(p.firstName(), p.lastName(), p.email(), p.organisation(), p.territoryType(),
                p.jobTitle(), p.statutoryCategory(), p.accessibilityNeeds(), p.dietaryNeeds(), r.category(),
                r.language() == null ? "fr" : r.language(), days, meals, workshops, seconds, answers);
    }

    static DeskForm of(MultivaluedMap<String, String> fields) {
        Map<String, String> workshops = new LinkedHashMap<>();
        Map<String, String> seconds = new LinkedHashMap<>();
        Map<String, List<String>> answers = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
            if (kept.isEmpty()) {
                return;
            }
            if (name.startsWith("workshop_")) {
                workshops.put(name.substring("workshop_".length()), kept.get(0));
            } else if (name.startsWith("second_")) {
                seconds.put(name.substring("second_".length()), kept.get(0));
            } else if (name.startsWith("answer_")) {
                answers.put(name.substring("answer_".length()), kept);
            }
        });
        return new DeskForm(typed(fields, "firstName"), typed(fields, "lastName"), typed(fields, "email"),
                typed(fields, "organisation"), typed(fields, "territoryType"), typed(fields, "jobTitle"),
                typed(fields, "statutoryCategory"), typed(fields, "accessibilityNeeds"), typed(fields, "dietaryNeeds"),
                typed(fields, "category"), "en".equals(typed(fields, "language")) ? "en" : "fr",
                new LinkedHashSet<>(fields.getOrDefault("days", List.of())),
                new LinkedHashSet<>(fields.getOrDefault("meals", List.of())), workshops, seconds, answers);
    }

    /** Unreadable days are left out: the service then reports the missing days on the field. */
    List<LocalDate> dayList() {
        List<LocalDate> list = new ArrayList<>();
        for (String day : days) {
            try {
                list.add(LocalDate.parse(day));
            } catch (DateTimeParseException e) {
                // left out, see above
            }
        }
        return list;
    }

    List<Dto.WorkshopChoice> workshopChoices() {
        List<Dto.WorkshopChoice> list = new ArrayList<>();
        for (String sessionId : workshops.values()) {
            list.add(new Dto.WorkshopChoice(sessionId, secondChoices.get(sessionId)));
        }
        return list;
    }

    Dto.PersonalInfo person() {
        return new Dto.PersonalInfo(firstName, lastName, email, organisation, territoryType, jobTitle,
                statutoryCategory, accessibilityNeeds, dietaryNeeds);
    }

    /** Each question answered, a list for multiple choice; an unanswered one is left out, which clears it. */
    Map<String, Object> answerRequest(List<Question> questions) {
        Map<String, Object> request = new LinkedHashMap<>();
        for (Question q : questions) {
            List<String> v = answers.getOrDefault(q.id(), List.of());
            if (!v.isEmpty()) {
                request.put(q.id(), "MULTIPLE_CHOICE".equals(q.kind()) ? v : v.get(0));
            }
        }
        return request;
    }

    private static String typed(MultivaluedMap<String, String> fields, String name) {
        return Forms.blankToNull(fields.getFirst(name));
    }
}
