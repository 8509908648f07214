package fr.assises.gateway.web.participant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import fr.assises.gateway.clients.RegistrationSettingsClient.Question;

/**
 * Answers to the organisers' custom questions as the form holds them (question id to the values typed or ticked,
 * fields {@code answer_<id>}) and as registration-service reads them; it checks them, the form only carries them.
 */
public record CustomAnswers(Map<String, List<String>> values) {

    static final String PREFIX = "answer_";

    public static CustomAnswers none() {
        return new CustomAnswers(Map.of());
    }

    public String value(String questionId) {
        List<String> v = values.get(questionId);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    public boolean has(String questionId, String value) {
        List<String> v = values.get(questionId);
        return v != null && v.contains(value);
    }

    static CustomAnswers fromFields(MultivaluedMap<String, String> fields) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        fields.forEach((name, list) -> {
            if (name.startsWith(PREFIX)) {
                List<String> kept = list.stream().filter(v -> v != null && !v.isBlank()).toList();
                values.put(name.substring(PREFIX.length()), kept);
            }
        });
        return new CustomAnswers(values);
    }

    /** The answers registration-service returned (text, code or codes, true/false, number, ISO date). */
    static CustomAnswers fromStored(Map<String, Object> stored) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (stored != null) {
            stored.forEach((id, value) -> {
                List<String> list = new ArrayList<>();
                if (value instanceof List<?> many) {
                    many.forEach(v -> list.add(String.valueOf(v)));
                } else if (value != null) {
                    list.add(String.valueOf(value));
                }
                values.put(id, list);
            });
        }
        return new CustomAnswers(values);
    }

    /** What to send: each question of the form answered, a list for multiple choice; null when none asked. */
    Map<String, Object> request(List<Question> questions) {
        if (questions.isEmpty()) {
            return null;
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question q : questions) {
            List<String> v = values.getOrDefault(q.id(), List.of());
            if (v.isEmpty()) {
                continue;
            }
            answers.put(q.id(), "MULTIPLE_CHOICE".equals(q.kind()) ? v : v.get(0));
        }
        return answers;
    }
}
