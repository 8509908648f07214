package fr.assises.gateway;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * registration-service's mailings and reminders as the gateway sees them (MailingResource, ReminderResource):
 * recipients chosen with the search's filters among four fictional people, the preview filled with the first
 * one's values, each sending kept in a history with its filter, count and sender, the reminder once per person;
 * a blank subject or text refused as Bean Validation does (400, {@code errors[].field}).
 */
final class StandInMailings {

    static final String ELU_FR = "7e000000-0000-4000-8000-000000000001";
    static final String ELU_EN = "7e000000-0000-4000-8000-000000000002";

    /** id, first name, last name, e-mail, language, category, status, workshop, transport answer. */
    private static final List<String[]> PEOPLE = List.of(
            new String[] {ELU_FR, "Maëlle", "Abgrall", "m.abgrall@exemple.test", "fr", "ELU", "CONFIRMED",
                    "5e551000-0000-4000-8000-000000000001", "C1"},
            new String[] {ELU_EN, "Yann", "Bodénès", "y.bodenes@exemple.test", "en", "ELU", "CONFIRMED",
                    "5e551000-0000-4000-8000-000000000003", "C2"},
            new String[] {"7e000000-0000-4000-8000-000000000003", "Nolwenn", "Corre", "n.corre@exemple.test", "fr",
                    "PROFESSIONNEL", "CONFIRMED", "5e551000-0000-4000-8000-000000000001", "C1"},
            new String[] {"7e000000-0000-4000-8000-000000000004", "Erwan", "Daniélou", "e.danielou@exemple.test",
                    "fr", "ETUDIANT", "WAITLISTED", null, null});

    private final List<JsonObject> history = new CopyOnWriteArrayList<>();
    private final Map<String, List<String>> recipients = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<String> reminded = java.util.concurrent.ConcurrentHashMap.newKeySet();

    void register(Router router) {
        String base = "/api/registration/congresses/:id/manage";
        router.post(base + "/mailings/preview").handler(rc -> {
            JsonObject body = accepted(rc);
            if (body == null) {
                return;
            }
            List<String[]> reached = matching(body);
            String[] sample = reached.isEmpty() ? null : reached.get(0);
            boolean english = english(body);
            JsonObject fr = message(body.getString("subject"), body.getString("text"), sample);
            StandInServices.json(rc, new JsonObject().put("recipients", reached.size())
                    .put("english", reached.stream().filter(p -> "en".equals(p[4])).count())
                    .put("sampleName", sample == null ? null : sample[1] + " " + sample[2]).put("fr", fr)
                    .put("en", english ? message(body.getString("subjectEn"), body.getString("textEn"), sample) : fr));
        });
        router.post(base + "/mailings").handler(rc -> {
            JsonObject body = accepted(rc);
            if (body == null) {
                return;
            }
            List<String[]> reached = matching(body);
            JsonObject filter = new JsonObject();
            for (String key : List.of("status", "category", "sessionId", "q", "question", "answer")) {
                if (body.getString(key) != null) {
                    filter.put(key, body.getString(key));
                }
            }
            boolean english = english(body);
            record(rc, "MESSAGE", body.getString("subject"), english ? body.getString("subjectEn") : null,
                    body.getString("text"), english ? body.getString("textEn") : null, filter, reached);
            StandInServices.json(rc, new JsonObject().put("sent", reached.size()));
        });
        router.get(base + "/mailings").handler(rc -> {
            if (StandInServices.authorised(rc, "organiser")) {
                List<JsonObject> newest = new ArrayList<>(history);
                java.util.Collections.reverse(newest);
                StandInServices.json(rc, new JsonArray(new ArrayList<>(newest)));
            }
        });
        router.get(base + "/mailings/:mailingId/recipients").handler(rc -> {
            if (!StandInServices.authorised(rc, "organiser")) {
                return;
            }
            List<String> ids = recipients.get(rc.pathParam("mailingId"));
            if (ids == null) {
                StandInServices.problem(rc, 404, "Envoi introuvable.", null);
                return;
            }
            JsonArray list = new JsonArray();
            PEOPLE.stream().filter(p -> ids.contains(p[0])).forEach(p -> list.add(new JsonObject()
                    .put("registrationId", p[0]).put("name", p[1] + " " + p[2]).put("email", p[3])));
            StandInServices.json(rc, list);
        });
        router.get(base + "/reminders").handler(rc -> {
            if (StandInServices.authorised(rc, "organiser")) {
                StandInServices.json(rc, new JsonObject().put("due", due().size()));
            }
        });
        router.post(base + "/reminders").handler(rc -> {
            if (!StandInServices.authorised(rc, "organiser")) {
                return;
            }
            List<String[]> due = due();
            due.forEach(p -> reminded.add(p[0]));
            if (!due.isEmpty()) {
                record(rc, "REMINDER", "Rappel : le congrès approche", "Reminder: the congress is coming", null, null,
                        new JsonObject().put("status", "CONFIRMED"), due);
            }
            StandInServices.json(rc, new JsonObject().put("sent", due.size()));
        });
    }

    private List<String[]> due() {
        return PEOPLE.stream().filter(p -> "CONFIRMED".equals(p[6]) && !reminded.contains(p[0])).toList();
    }

    private void record(RoutingContext rc, String kind, String subjectFr, String subjectEn, String textFr,
            String textEn, JsonObject filter, List<String[]> reached) {
        String id = UUID.randomUUID().toString();
        recipients.put(id, reached.stream().map(p -> p[0]).toList());
        history.add(new JsonObject().put("id", id).put("kind", kind).put("subjectFr", subjectFr)
                .put("subjectEn", subjectEn).put("textFr", textFr).put("textEn", textEn).put("filter", filter)
                .put("recipients", reached.size())
                .put("sentBy", StandInServices.claims(rc).getString("preferred_username"))
                .put("sentAt", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString()));
    }

    /** The body when the caller is an organiser and the mail has a subject and a text; else the refusal is sent. */
    private static JsonObject accepted(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return null;
        }
        JsonObject body = rc.body().asJsonObject();
        JsonArray errors = new JsonArray();
        for (String field : List.of("subject", "text")) {
            if (body.getString(field) == null || body.getString(field).isBlank()) {
                errors.add(new JsonObject().put("field", field).put("message", "ne doit pas être vide"));
            }
        }
        if (body.getString("subject") != null && body.getString("subject").length() > 200) {
            errors.add(new JsonObject().put("field", "subject")
                    .put("message", "la taille doit être comprise entre 0 et 200"));
        }
        if (!errors.isEmpty()) {
            StandInServices.problem(rc, 400, "Requête invalide", errors);
            return null;
        }
        return body;
    }

    private static boolean english(JsonObject body) {
        return body.getString("subjectEn") != null && !body.getString("subjectEn").isBlank()
                && body.getString("textEn") != null && !body.getString("textEn").isBlank();
    }

    private static List<String[]> matching(JsonObject f) {
        return PEOPLE.stream()
                .filter(p -> f.getString("status") == null || f.getString("status").equals(p[6]))
                .filter(p -> f.getString("category") == null || f.getString("category").equals(p[5]))
                .filter(p -> f.getString("sessionId") == null || f.getString("sessionId").equals(p[7]))
                .filter(p -> f.getString("answer") == null || f.getString("answer").equals(p[8]))
                .filter(p -> f.getString("q") == null
                        || (p[1] + " " + p[2] + " " + p[3]).toLowerCase().contains(f.getString("q").toLowerCase()))
                .toList();
    }

    private static JsonObject message(String subject, String text, String[] p) {
        return new JsonObject().put("subject", fill(subject, p)).put("text", fill(text, p));
    }

    private static String fill(String template, String[] p) {
        String first = p == null ? "" : p[1];
        String last = p == null ? "" : p[2];
        return template.replace("{prénom}", first).replace("{prenom}", first).replace("{nom}", last)
                .replace("{congrès}", "3e Congrès national des développeurs territoriaux").replace("{congres}", "3e Congrès national des développeurs territoriaux");
    }
}
