package fr.assises.gateway;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * evaluation-service's outreach (OutreachResource, SurveyResource's questionnaire my-survey) as the gateway sees it:
 * 212 people present at the demo congress, invited once each (a second send is 422), counts only; the poster; a
 * participant's own link by questionnaire (subjects starting {@code absent-} are not checked in, 403;
 * {@code answered-} have answered); and two mailed openers, one still opening a link, one whose person answered.
 */
final class StandInOutreach {

    static final int PRESENT = 212;
    static final String OPENER = "ouvre-lien-0123456789";
    static final String OPENER_ANSWERED = "deja-repondu-0123456789";
    static final byte[] POSTER = "%PDF-1.7\n% affiche Donnez votre avis\n%%EOF\n".getBytes();

    private final StandInQuestionnaires questionnaires;
    private final Map<String, Integer> invited = new ConcurrentHashMap<>();

    StandInOutreach(StandInQuestionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    void register(Router router) {
        router.get("/api/evaluation/questionnaires/:id/invitations").handler(rc -> questionnaires.withQuestionnaire(
                rc, q -> StandInServices.json(rc, status(q))));
        router.post("/api/evaluation/questionnaires/:id/invitations").handler(rc -> questionnaires.withQuestionnaire(
                rc, q -> invite(rc, q)));
        router.get("/api/evaluation/questionnaires/:id/poster.pdf").handler(rc -> questionnaires.withQuestionnaire(
                rc, q -> rc.response().putHeader("Content-Type", "application/pdf")
                        .putHeader("Content-Disposition", "attachment; filename=\"affiche-questionnaire.pdf\"")
                        .end(Buffer.buffer(POSTER))));
        router.get("/api/evaluation/questionnaires/:id/my-survey").handler(this::mine);
        router.post("/api/evaluation/survey-links/:code").handler(this::open);
    }

    private JsonObject status(JsonObject q) {
        int sent = invited.getOrDefault(q.getString("id"), 0);
        return new JsonObject().put("questionnaireId", q.getString("id")).put("state", StandInQuestionnaires.state(q))
                .put("checkedIn", PRESENT).put("invited", sent).put("toInvite", PRESENT - sent);
    }

    private void invite(RoutingContext rc, JsonObject q) {
        if (!"OUVERT".equals(StandInQuestionnaires.state(q))) {
            StandInServices.problem(rc, 422, "Le questionnaire n'est pas ouvert : les invitations partent à son "
                    + "ouverture.", null);
            return;
        }
        int before = invited.getOrDefault(q.getString("id"), 0);
        if (before == PRESENT) {
            StandInServices.problem(rc, 422, "Toutes les personnes présentes ont déjà reçu l'invitation.", null);
            return;
        }
        invited.put(q.getString("id"), PRESENT);
        int recipients = PRESENT - before;
        // 202 from the service; its generated contract documents 200 (see StandInReminders)
        StandInServices.json(rc, new JsonObject().put("questionnaireId", q.getString("id")).put("recipients", recipients)
                .put("message", "L'invitation va être envoyée aux " + recipients + " personnes présentes qui ne l'ont "
                        + "pas encore reçue."));
    }

    private void mine(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "participant")) {
            return;
        }
        String id = rc.pathParam("id");
        boolean published = questionnaires.ofCongress(StandInServices.CONGRESS_ID).stream()
                .map(o -> (JsonObject) o).anyMatch(q -> id.equals(q.getString("id"))
                        && "PUBLISHED".equals(q.getString("status")));
        if (!published) {
            StandInServices.problem(rc, 404, "Questionnaire introuvable.", null);
            return;
        }
        String subject = StandInServices.claims(rc).getString("sub", "");
        if (subject.startsWith("absent-")) {
            StandInServices.problem(rc, 403, "Le questionnaire est réservé aux participants présents au congrès.", null);
            return;
        }
        StandInServices.json(rc, mySurvey(id, subject.startsWith("answered-")));
    }

    private void open(RoutingContext rc) {
        String code = rc.pathParam("code");
        if (OPENER.equals(code) || OPENER_ANSWERED.equals(code)) {
            StandInServices.json(rc, mySurvey(StandInReminders.QUESTIONNAIRE, OPENER_ANSWERED.equals(code)));
        } else {
            StandInServices.problem(rc, 404, "Lien de questionnaire inconnu ou qui n'est plus valable.", null);
        }
    }

    private static JsonObject mySurvey(String questionnaireId, boolean answered) {
        JsonObject body = new JsonObject().put("questionnaireId", questionnaireId).put("title", "Enquête de satisfaction")
                .put("state", "OUVERT").put("answered", answered);
        if (!answered) {
            String token = StandInServices.SURVEY_TOKEN;
            body.put("token", token).put("link", "http://127.0.0.1:8080/api/evaluation/survey/" + token)
                    .put("qrPng", "/api/evaluation/survey/" + token + "/qr.png")
                    .put("qrSvg", "/api/evaluation/survey/" + token + "/qr.svg");
        }
        return body;
    }
}
