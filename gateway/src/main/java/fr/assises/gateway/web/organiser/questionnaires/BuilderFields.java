package fr.assises.gateway.web.organiser.questionnaires;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;

/** The builder's forms as evaluation-service reads them, and its refusals as the forms show them. */
final class BuilderFields {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BuilderFields() {
    }

    /**
     * evaluation-service's problem+json: every {@code errors[].field} shown on the field of the form that was sent
     * ({@code sections[0].questions[2].options} on the question form's options, {@code label.fr} on its label,
     * {@code definition.preamble.purpose.fr} on the purpose), its detail as the general message.
     */
    static FormErrors refusal(WebApplicationException e, String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        String detail;
        try {
            JsonNode problem = MAPPER.readTree(e.getResponse().readEntity(String.class));
            detail = problem.path("detail").asText(problem.path("title").asText(null));
            for (JsonNode error : problem.path("errors")) {
                String path = error.path("field").asText("")
                        .replaceFirst("^.*questions\\[\\d+\\]\\.", "")
                        .replaceFirst("^definition\\.preamble\\.", "")
                        .replaceFirst("^definition\\.", "");
                String name = path.split("[.\\[]")[0];
                fields.putIfAbsent(form + "-" + (name.isEmpty() ? "general" : name), error.path("message").asText());
            }
        } catch (Exception unreadable) {
            detail = "Le service des enquêtes a refusé la demande (code " + e.getResponse().getStatus() + ").";
        }
        return new FormErrors(fields, detail);
    }

    /** Words in French, and in English when typed. */
    static Map<String, Object> label(String fr, String en) {
        Map<String, Object> label = new LinkedHashMap<>();
        label.put("fr", fr == null ? "" : fr.trim());
        if (Forms.blankToNull(en) != null) {
            label.put("en", en.trim());
        }
        return label;
    }

    /** The lines typed, blank ones left out: one choice or scale point each. */
    static List<String> lines(String typed) {
        return typed == null ? List.of() : typed.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    /** Lines kept in place (a blank line is a choice left untranslated). */
    static List<String> positional(String typed) {
        return typed == null ? List.of() : typed.lines().map(String::trim).toList();
    }
}
