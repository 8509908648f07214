package fr.assises.gateway.web.organiser.indicators;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import fr.assises.gateway.clients.Builder;

/** The indicator form's fields: what was typed, read into evaluation-service's IndicatorRequest, and back. */
final class IndicatorFields {

    static final List<String> FIELDS = List.of("label", "source", "target", "unit", "dueDate", "questionnaireId",
            "questionId", "satisfiedValues", "manualValue");

    private IndicatorFields() {
    }

    static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        FIELDS.forEach(f -> typed.put(f, form.getFirst(f) == null ? "" : form.getFirst(f).strip()));
        return typed;
    }

    /**
     * The request evaluation-service takes; only the settings of the chosen source are sent (a questionnaire left
     * selected in the form does not go with a manual indicator). Unreadable numbers and dates go to {@code unreadable}.
     */
    static Map<String, Object> request(Map<String, String> typed, Map<String, String> unreadable, String numberMessage,
            String dateMessage, boolean english) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("label", typed.get("label"));
        String source = typed.get("source");
        if (!source.isEmpty()) {
            request.put("source", source);
        }
        putNumber(request, typed, "target", unreadable, numberMessage, english);
        if (!typed.get("dueDate").isEmpty()) {
            try {
                request.put("dueDate", LocalDate.parse(typed.get("dueDate")).toString());
            } catch (DateTimeParseException e) {
                unreadable.put("dueDate", dateMessage);
            }
        }
        switch (source) {
            case "MANUAL" -> {
                putText(request, typed, "unit");
                putNumber(request, typed, "manualValue", unreadable, numberMessage, english);
            }
            case "RESPONSE_RATE" -> putText(request, typed, "questionnaireId");
            case "SURVEY_QUESTION" -> {
                String question = typed.get("questionId");
                // the question list's values are "questionnaireId/questionId": one choice names both
                int slash = question.indexOf('/');
                if (slash > 0) {
                    request.put("questionnaireId", question.substring(0, slash));
                    request.put("questionId", question.substring(slash + 1));
                }
                List<String> values = Arrays.stream(typed.get("satisfiedValues").split("[,;\\s]+"))
                        .filter(v -> !v.isBlank()).toList();
                if (!values.isEmpty()) {
                    request.put("satisfiedValues", values);
                }
            }
            default -> putText(request, typed, "unit");
        }
        return request;
    }

    /**
     * A number typed the page's way: {@code 1 200} or {@code 12,5} in French (a point is read as a decimal point too),
     * {@code 1,200.5} in English; null when unreadable.
     */
    static BigDecimal number(String typed, boolean english) {
        String spaced = typed.replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
        String plain = english ? spaced.replace(",", "") : spaced.replace(',', '.');
        if (plain.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The form's values of a stored indicator, numbers written for the page's language. */
    static Map<String, String> values(IndicatorClient.View i, Locale locale) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("label", i.label());
        values.put("source", i.source());
        values.put("target", plain(i.target(), locale));
        values.put("unit", i.unit() == null ? "" : i.unit());
        values.put("dueDate", i.dueDate() == null ? "" : i.dueDate().toString());
        values.put("questionnaireId", i.questionnaireId() == null ? "" : i.questionnaireId());
        values.put("questionId", i.questionId() == null ? "" : i.questionnaireId() + "/" + i.questionId());
        values.put("satisfiedValues", i.satisfiedValues() == null ? "" : String.join(", ", i.satisfiedValues()));
        values.put("manualValue", i.manual() && i.value() != null ? plain(i.value(), locale) : "");
        return values;
    }

    /** What each answer of a question is, for the organiser choosing which ones count: "3 = Satisfaisant". */
    static String answers(Builder.Question question, String lang) {
        List<String> answers = new ArrayList<>();
        if ("LIKERT".equals(question.type()) && question.scale() != null) {
            question.scale().forEach(p -> answers.add(p.value() + " = " + p.label().in(lang)));
        } else if (question.options() != null) {
            question.options().forEach(o -> answers.add(o.code() + " = " + o.label().in(lang)));
        }
        return String.join("\u00a0; ", answers);
    }

    private static String plain(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static void putText(Map<String, Object> request, Map<String, String> typed, String field) {
        if (!typed.get(field).isEmpty()) {
            request.put(field, typed.get(field));
        }
    }

    private static void putNumber(Map<String, Object> request, Map<String, String> typed, String field,
            Map<String, String> unreadable, String message, boolean english) {
        if (typed.get(field).isEmpty()) {
            return;
        }
        BigDecimal number = number(typed.get(field), english);
        if (number == null) {
            unreadable.put(field, message);
        } else {
            request.put(field, number);
        }
    }
}
