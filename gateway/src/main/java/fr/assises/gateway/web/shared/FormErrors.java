package fr.assises.gateway.web.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A service's problem+json refusal of a form, as the form shows it: one message per field ({@code errors[].field},
 * {@code workshops[0].sessionId} shown on {@code workshops}, {@code person.email} on {@code email}) and a general message.
 */
public record FormErrors(Map<String, String> fields, String general) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static FormErrors none() {
        return new FormErrors(Map.of(), null);
    }

    public boolean any() {
        return general != null || !fields.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String get(String field) {
        return fields.get(field);
    }

    /** The refusal as one message, for a form that shows it in one place: the fields' messages, else the general one. */
    public String inOneLine() {
        return fields.isEmpty() ? general : String.join(" ", fields.values());
    }

    public static FormErrors from(WebApplicationException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        String detail = null;
        Response response = e.getResponse();
        try {
            String body = response.readEntity(String.class);
            JsonNode problem = MAPPER.readTree(body);
            detail = problem.path("detail").asText(problem.path("title").asText(null));
            for (JsonNode error : problem.path("errors")) {
                String field = error.path("field").asText("");
                // person.lastName is shown on lastName, answers.q1 on q1, workshops[0].sessionId on workshops,
                // consent.accepted on consent; payer.siret on payer_siret (the payer's fields are a group of their own)
                String name = field.replaceFirst("^(person|answers)\\.", "").replaceFirst("^payer\\.", "payer_")
                        .split("[.\\[]")[0];
                fields.putIfAbsent(name.isEmpty() ? "general" : name, error.path("message").asText());
            }
        } catch (Exception unreadable) {
            detail = "le service a répondu " + response.getStatus();
        }
        return new FormErrors(fields, detail);
    }
}
