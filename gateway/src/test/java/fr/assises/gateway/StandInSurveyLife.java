package fr.assises.gateway;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * evaluation-service's survey life as the gateway sees it: a link to a survey with conditional questions (its
 * step, which shows the questions the typed answers call for and saves nothing, and its answers checked as the
 * service does: a required shown question, an answer to a hidden one), the answers saved with a link shown again,
 * paper responses typed in, the closing moved later. Visibility follows DefinitionRules: a question with
 * {@code showWhen} shows when its source shows and has that answer.
 */
final class StandInSurveyLife {

    /** A personal link to a survey whose second question shows only to those who came by train. */
    static final String CONDITIONAL_TOKEN = "tok-cond-51e4";
    static final String SESSION_ID = "5e551000-0000-4000-8000-000000000004";
    static final List<JsonObject> ANSWERS = new CopyOnWriteArrayList<>();
    static final List<JsonObject> PAPER = new CopyOnWriteArrayList<>();

    private final Map<String, JsonObject> saved = new ConcurrentHashMap<>();
    private final StandInQuestionnaires questionnaires;

    StandInSurveyLife(StandInQuestionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    /** Registered before the other survey stand-in routes, which answer only their own link. */
    void register(Router router) {
        router.get("/api/evaluation/survey/:token").handler(rc -> {
            if (!CONDITIONAL_TOKEN.equals(rc.pathParam("token"))) {
                rc.next();
                return;
            }
            JsonObject answers = saved.getOrDefault(CONDITIONAL_TOKEN, new JsonObject());
            StandInServices.json(rc, apply(conditional("en".equals(rc.request().getParam("lang"))), answers));
        });
        router.post("/api/evaluation/survey/:token/step").handler(rc -> {
            String token = rc.pathParam("token");
            String lang = rc.request().getParam("lang");
            JsonObject body = rc.body().asJsonObject();
            if (body == null || body.getJsonObject("answers") == null) {
                StandInServices.problem(rc, 400, "Requête invalide",
                        new JsonArray().add(error("answers", "ne doit pas être nul")));
                return;
            }
            JsonObject survey = CONDITIONAL_TOKEN.equals(token) ? conditional("en".equals(lang))
                    : StandInServices.SURVEY_TOKEN.equals(token) ? StandInServices.survey("en".equals(lang)) : null;
            if (survey == null) {
                StandInServices.problem(rc, 404, "Lien de questionnaire inconnu ou qui n'est plus valable.", null);
                return;
            }
            StandInServices.json(rc, apply(survey, body.getJsonObject("answers")));
        });
        router.put("/api/evaluation/survey/:token/response").handler(rc -> {
            if (!CONDITIONAL_TOKEN.equals(rc.pathParam("token"))) {
                rc.next();
                return;
            }
            JsonObject answers = rc.body().asJsonObject().getJsonObject("answers", new JsonObject());
            JsonArray errors = checked(apply(conditional(false), answers), answers);
            if (!errors.isEmpty()) {
                StandInServices.problem(rc, 400, "Requête invalide", errors);
                return;
            }
            boolean edited = saved.put(CONDITIONAL_TOKEN, answers) != null;
            ANSWERS.add(answers);
            StandInServices.json(rc, new JsonObject().put("questionnaireId", "9e5e0000-0000-4000-8000-0000000000c0")
                    .put("edited", edited).put("message", edited ? "Vos réponses ont été modifiées."
                            : "Merci, vos réponses ont été enregistrées."));
        });
        router.post("/api/evaluation/questionnaires/:id/paper-responses").handler(rc -> questionnaires.withQuestionnaire(rc, q -> {
            String state = StandInQuestionnaires.state(q);
            if ("BROUILLON".equals(state) || "A_VENIR".equals(state)) {
                StandInServices.problem(rc, 422, "Le questionnaire n'est pas encore ouvert : les réponses papier se "
                        + "saisissent à partir de son ouverture.", null);
                return;
            }
            JsonObject answers = rc.body().asJsonObject().getJsonObject("answers", new JsonObject());
            JsonObject rendered = questionnaires.rendered(q, "fr", answers);
            JsonArray errors = checked(rendered, answers);
            if (!errors.isEmpty()) {
                StandInServices.problem(rc, 400, "Requête invalide", errors);
                return;
            }
            PAPER.add(answers);
            q.put("responseCount", q.getInteger("responseCount", 0) + 1);
            rc.response().setStatusCode(201);
            StandInServices.json(rc, new JsonObject().put("questionnaireId", q.getString("id")).put("channel", "PAPER")
                    .put("responseCount", q.getInteger("responseCount")).put("message", "Réponse papier enregistrée (anonyme)."));
        }));
        router.post("/api/evaluation/questionnaires/:id/extend").handler(rc -> questionnaires.withQuestionnaire(rc, q -> {
            String state = StandInQuestionnaires.state(q);
            if ("BROUILLON".equals(state)) {
                StandInServices.problem(rc, 409, "Un brouillon n'est pas prolongé : fixez ses dates avant de le publier.", null);
                return;
            }
            if ("CLOS".equals(state)) {
                StandInServices.problem(rc, 409, "Ce questionnaire est clos : il ne peut plus être prolongé.", null);
                return;
            }
            String closesAt = rc.body().asJsonObject().getString("closesAt");
            OffsetDateTime requested;
            try {
                requested = closesAt == null ? null : OffsetDateTime.parse(closesAt);
            } catch (DateTimeParseException e) {
                requested = null;
            }
            if (requested == null) {
                StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(error("closesAt", "ne doit pas être nul")));
            } else if (!requested.isAfter(OffsetDateTime.parse(q.getString("closesAt")))) {
                StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(error("closesAt",
                        "La nouvelle clôture doit suivre la clôture actuelle (10 juillet 2027 à 18h00).")));
            } else {
                q.put("closesAt", requested.toString());
                StandInServices.json(rc, StandInQuestionnaires.view(q));
            }
        }));
    }

    /** The service's answer checks that matter to the pages: a shown required question, no answer to a hidden one. */
    private static JsonArray checked(JsonObject rendered, JsonObject answers) {
        JsonArray errors = new JsonArray();
        for (JsonObject q : questions(rendered)) {
            String id = q.getString("id");
            boolean visible = q.getBoolean("visible", true);
            if (!visible && answers.containsKey(id)) {
                errors.add(error("answers." + id, "cette question n'est pas posée pour vos réponses"));
            } else if (visible && q.getBoolean("required", false) && !answers.containsKey(id)) {
                errors.add(error("answers." + id, "réponse obligatoire"));
            }
        }
        return errors;
    }

    /** {@code survey} with each conditional question's {@code visible} for {@code answers}, and those answers. */
    static JsonObject apply(JsonObject survey, JsonObject answers) {
        Map<String, Boolean> visible = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        for (JsonObject q : questions(survey)) {
            JsonObject when = q.getJsonObject("showWhen");
            boolean shown = q.getBoolean("visible", true);
            if (when != null) {
                String source = when.getString("questionId");
                shown = Boolean.TRUE.equals(visible.get(source))
                        && matches(types.get(source), answers.getValue(source), when.getString("equals"));
            }
            q.put("visible", shown);
            visible.put(q.getString("id"), shown);
            types.put(q.getString("id"), q.getString("type"));
        }
        return survey.put("answers", answers);
    }

    private static boolean matches(String type, Object answer, String value) {
        if (answer == null) {
            return false;
        }
        return switch (type) {
            case "MULTIPLE_CHOICE" -> answer instanceof JsonArray a && a.contains(value);
            case "SITUATION_SATISFACTION" -> answer instanceof JsonObject o && value.equals(o.getString("situation"));
            case "SHORT_TEXT", "LONG_TEXT" -> answer instanceof String s && s.trim().equalsIgnoreCase(value.trim());
            case "NUMBER" -> answer instanceof Number n && new BigDecimal(n.toString()).compareTo(new BigDecimal(value)) == 0;
            default -> !(answer instanceof JsonObject) && !(answer instanceof JsonArray) && value.equals(String.valueOf(answer));
        };
    }

    private static List<JsonObject> questions(JsonObject survey) {
        return survey.getJsonArray("sections").stream().flatMap(s -> ((JsonObject) s).getJsonArray("questions").stream())
                .map(JsonObject.class::cast).toList();
    }

    private static JsonObject conditional(boolean english) {
        JsonArray scale = new JsonArray();
        String[] fr = { "Pas du tout satisfaisant", "Peu satisfaisant", "Satisfaisant", "Très satisfaisant" };
        String[] en = { "Not at all satisfying", "Not very satisfying", "Satisfying", "Very satisfying" };
        for (int i = 0; i < 4; i++) {
            scale.add(new JsonObject().put("value", i + 1).put("label", english ? en[i] : fr[i]));
        }
        return new JsonObject().put("questionnaireId", "9e5e0000-0000-4000-8000-0000000000c0")
                .put("title", english ? "How was your congress?" : "Votre congrès en quelques questions")
                .put("language", english ? "en" : "fr").put("state", "OUVERT")
                .put("preamble", new JsonObject().put("purpose", "Améliorer la prochaine édition.")
                        .put("use", "Les résultats agrégés sont présentés au comité.")
                        .put("anonymity", "Vos réponses sont anonymes."))
                .put("sections", new JsonArray().add(new JsonObject().put("id", "venue").put("title", english ? "Getting there" : "Votre venue")
                        .put("questions", new JsonArray()
                                .add(new JsonObject().put("id", "transport").put("type", "SINGLE_CHOICE").put("required", true).put("visible", true)
                                        .put("label", english ? "How did you travel?" : "Comment êtes-vous venu(e) ?")
                                        .put("options", new JsonArray()
                                                .add(new JsonObject().put("code", "TRAIN").put("label", english ? "By train" : "En train"))
                                                .add(new JsonObject().put("code", "VOITURE").put("label", english ? "By car" : "En voiture"))))
                                .add(new JsonObject().put("id", "gare").put("type", "SHORT_TEXT").put("required", true).put("visible", false)
                                        .put("label", english ? "From which station?" : "Depuis quelle gare ?").put("maxLength", 200)
                                        .put("showWhen", new JsonObject().put("questionId", "transport").put("equals", "TRAIN")))
                                .add(new JsonObject().put("id", "overall").put("type", "LIKERT").put("required", true).put("visible", true)
                                        .put("label", english ? "Overall satisfaction" : "Satisfaction d'ensemble").put("scale", scale))
                                .add(new JsonObject().put("id", "sessions").put("type", "SESSION_RATING").put("required", false).put("visible", true)
                                        .put("label", english ? "Rate the sessions you attended" : "Notez les sessions suivies").put("scale", scale)
                                        .put("sessions", new JsonArray().add(new JsonObject().put("sessionId", SESSION_ID)
                                                .put("title", "Plénière : les territoires face aux transitions").put("kind", "PLENARY")))))));
    }

    private static JsonObject error(String field, String message) {
        return new JsonObject().put("field", field).put("message", message);
    }
}
