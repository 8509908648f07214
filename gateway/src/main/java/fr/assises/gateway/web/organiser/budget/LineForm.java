package fr.assises.gateway.web.organiser.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.gateway.web.shared.Forms;

/**
 * The editor's form read back into budget-service's batch of changes (only the lines that changed, the new lines
 * that were filled in, the ones ticked for deletion), and a refusal of that batch matched back to its lines.
 */
final class LineForm {

    /** The empty rows for a new line: one in charges, one in produits, one in the in-kind section. */
    static final Map<String, String> NEW_ROWS = Map.of("n1", "606", "n2", "75", "n3", "864");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The changes to send, the row key of each (to place a refusal), and what the gateway itself cannot read. */
    record Read(List<BudgetEditorClient.Change> changes, List<String> keys, Map<String, String> unreadable) {
    }

    /** Messages for what the gateway cannot read, in the visitor's language. */
    record Words(String amount, String quantity, String months) {
    }

    private LineForm() {
    }

    static Read read(BudgetEditorClient.View current, MultivaluedMap<String, String> form, Words words) {
        List<BudgetEditorClient.Change> changes = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (BudgetEditorClient.Line line : current.allLines()) {
            String key = line.id();
            if (form.getFirst(LineRow.field("label", key)) == null) {
                continue; // not on the form that was sent
            }
            if (!LineRow.get(form, "delete", key).isEmpty()) {
                changes.add(new BudgetEditorClient.Change(line.id(), true, null));
                keys.add(key);
                continue;
            }
            BudgetEditorClient.LineRequest request = request(form, key, words, unreadable);
            if (request != null && !same(line, request)) {
                changes.add(new BudgetEditorClient.Change(line.id(), null, request));
                keys.add(key);
            }
        }
        for (String key : List.of("n1", "n2", "n3")) {
            if (LineRow.get(form, "label", key).isEmpty() && LineRow.get(form, "unit", key).isEmpty()) {
                continue;
            }
            BudgetEditorClient.LineRequest request = request(form, key, words, unreadable);
            if (request != null) {
                changes.add(new BudgetEditorClient.Change(null, null, request));
                keys.add(key);
            }
        }
        return new Read(changes, keys, unreadable);
    }

    private static BudgetEditorClient.LineRequest request(MultivaluedMap<String, String> form, String key, Words words,
            Map<String, String> unreadable) {
        String driver = LineRow.get(form, "driver", key);
        boolean registration = "REGISTRATION_REVENUE".equals(driver);
        BigDecimal amount = registration ? null : euros(LineRow.get(form, "unit", key));
        Long quantity = count(LineRow.get(form, "qty", key));
        String typedMonths = LineRow.get(form, "months", key);
        Long months = typedMonths.isEmpty() ? null : count(typedMonths);
        if (!registration && amount == null) {
            unreadable.put(key, words.amount());
            return null;
        }
        if (quantity == null) {
            unreadable.put(key, words.quantity());
            return null;
        }
        if (!typedMonths.isEmpty() && (months == null || months > 1000)) {
            unreadable.put(key, words.months());
            return null;
        }
        return new BudgetEditorClient.LineRequest(LineRow.get(form, "account", key), LineRow.get(form, "label", key),
                driver, LineRow.get(form, "confirmed", key).isEmpty() ? "HYPOTHESIS" : "CONFIRMED", amount, quantity,
                LineRow.get(form, "perRoom", key).isEmpty() ? null : Boolean.TRUE,
                Forms.blankToNull(LineRow.get(form, "category", key)), Forms.blankToNull(LineRow.get(form, "meal", key)),
                Forms.blankToNull(LineRow.get(form, "fte", key)), months == null ? null : months.intValue(),
                Forms.blankToNull(LineRow.get(form, "funder", key)));
    }

    private static boolean same(BudgetEditorClient.Line line, BudgetEditorClient.LineRequest request) {
        long unit = request.amount() == null ? 0 : request.amount().movePointRight(2).longValueExact();
        return Objects.equals(line.account(), request.account()) && Objects.equals(line.label(), request.label())
                && Objects.equals(line.driver(), request.driver())
                && Objects.equals(line.basis() == null ? "HYPOTHESIS" : line.basis(), request.basis())
                && line.unitCents() == unit && line.quantity() == request.quantity()
                && line.perRoom() == Boolean.TRUE.equals(request.perRoom())
                && Objects.equals(line.category(), request.category())
                && Objects.equals(line.sessionId(), request.sessionId()) && Objects.equals(line.fte(), request.fte())
                && Objects.equals(line.months(), request.months()) && Objects.equals(line.funderId(), request.funderId());
    }

    /**
     * budget-service's refusal of the batch on the rows it names ({@code changes[i]…} is the i-th change sent), with
     * its general detail for what names no line.
     */
    static Map<String, String> refusal(WebApplicationException e, List<String> keys, Map<String, String> general) {
        Map<String, String> rows = new LinkedHashMap<>();
        try {
            JsonNode problem = JSON.readTree(e.getResponse().readEntity(String.class));
            String detail = problem.path("detail").asText(problem.path("title").asText(""));
            for (JsonNode error : problem.path("errors")) {
                String field = error.path("field").asText("");
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^changes\\[(\\d+)]").matcher(field);
                int index = m.find() ? Integer.parseInt(m.group(1)) : -1;
                if (index >= 0 && index < keys.size()) {
                    rows.merge(keys.get(index), error.path("message").asText(), (a, b) -> a + " " + b);
                }
            }
            if (rows.isEmpty()) {
                general.put("general", detail);
            }
        } catch (Exception unreadable) {
            general.put("general", "le service a répondu " + e.getResponse().getStatus());
        }
        return rows;
    }

    /** {@code 1 234,50}, {@code 1234.5} or {@code 1 200,00 €} as euros with at most two decimals; null when unreadable. */
    static BigDecimal euros(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(typed.replaceAll("[\\s\u00a0\u202f€]", "").replace(',', '.'));
            return value.signum() < 0 || value.scale() > 2 ? null : value.setScale(2);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long count(String typed) {
        try {
            long value = Long.parseLong(typed.replaceAll("[\\s\u00a0\u202f]", ""));
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
