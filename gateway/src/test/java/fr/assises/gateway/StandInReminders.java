package fr.assises.gateway;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * evaluation-service's reminders (ReminderResource) as the gateway sees them: counts only, organisers and admins
 * only, once a day (409). The demo's questionnaire has 364 people present, 152
 * of whom have not answered; any other questionnaire id is unknown (404).
 */
final class StandInReminders {

    static final String QUESTIONNAIRE = "9e5e0000-0000-4000-8000-000000000002";

    private final Map<String, LocalDate> lastSent = new ConcurrentHashMap<>();

    void register(Router router) {
        router.get("/api/evaluation/questionnaires/:id/reminders").handler(this::status);
        router.post("/api/evaluation/questionnaires/:id/reminders").handler(this::send);
    }

    /** Back to no reminder sent, for a test that needs a first one. */
    void reset() {
        lastSent.clear();
    }

    private void status(RoutingContext rc) {
        if (!known(rc)) {
            return;
        }
        LocalDate last = lastSent.get(QUESTIONNAIRE);
        JsonObject body = new JsonObject().put("questionnaireId", QUESTIONNAIRE).put("state", "OUVERT")
                .put("checkedIn", 364).put("nonRespondents", 152).put("toRemind", last == null ? 152 : 0)
                .put("remindersSent", last == null ? 0 : 1);
        if (last != null) {
            body.put("lastSentOn", last.toString());
        }
        StandInServices.json(rc, body);
    }

    private void send(RoutingContext rc) {
        if (!known(rc)) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        if (today.equals(lastSent.putIfAbsent(QUESTIONNAIRE, today))) {
            StandInServices.problem(rc, 409, "Une relance a déjà été envoyée aujourd'hui pour ce questionnaire.",
                    null);
            return;
        }
        // the service answers 202, but its generated contract documents 200 (smallrye-openapi ignores
        // @ResponseStatus, as for paper-responses' 201); the stand-in follows the contract it is checked against
        StandInServices.json(rc, new JsonObject().put("questionnaireId", QUESTIONNAIRE).put("sentOn", today.toString())
                .put("recipients", 152).put("message", "Une relance va être envoyée aux 152 personnes qui n'ont pas "
                        + "encore répondu."));
    }

    private boolean known(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return false;
        }
        if (!QUESTIONNAIRE.equals(rc.pathParam("id"))) {
            StandInServices.problem(rc, 404, "Questionnaire introuvable", null);
            return false;
        }
        return true;
    }
}
