package fr.assises.gateway;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * evaluation-service's questionnaire builder as the gateway sees it: QuestionnaireResource's paths, the
 * QuestionnaireView and Definition shapes, and the same refusals (Bean Validation fields, DefinitionRules' paths
 * {@code sections[i].questions[j].options}, the publish rules as 422, closing a questionnaire that is not open as 409).
 */
final class StandInQuestionnaires {

    private final Map<String, JsonObject> all = new ConcurrentHashMap<>();

    StandInQuestionnaires() {
        JsonObject preamble = new JsonObject().put("purpose", label("Mesurer la satisfaction des participants.", null))
                .put("use", label("Préparer l'édition suivante.", null))
                .put("anonymity", label("Les réponses sont anonymes.", null));
        JsonArray questions = new JsonArray()
                .add(new JsonObject().put("id", "q-train").put("type", "SINGLE_CHOICE")
                        .put("label", label("Êtes-vous venu en train ?", "Did you come by train?")).put("required", true)
                        .put("options", new JsonArray()
                                .add(new JsonObject().put("code", "OUI").put("label", label("Oui", "Yes")))
                                .add(new JsonObject().put("code", "NON").put("label", label("Non", "No")))))
                .add(new JsonObject().put("id", "q-gare").put("type", "SHORT_TEXT")
                        .put("label", label("Depuis quelle gare ?", "From which station?")).put("required", false)
                        .put("maxLength", 200).put("help", label("Une seule gare.", null))
                        .put("showWhen", new JsonObject().put("questionId", "q-train").put("equals", "OUI")));
        all.put(ARCHIVED_QUESTIONNAIRE, new JsonObject().put("id", ARCHIVED_QUESTIONNAIRE)
                .put("congressId", StandInServices.ARCHIVED_CONGRESS_ID).put("title", "Enquête de satisfaction 2025")
                .put("status", "PUBLISHED").put("opensAt", "2025-06-26T09:00:00+02:00")
                .put("closesAt", "2025-07-10T18:00:00+02:00").put("responseCount", 300)
                .put("definition", new JsonObject().put("preamble", preamble).put("sections", new JsonArray()
                        .add(new JsonObject().put("id", "s1").put("title", label("Venir au congrès", null))
                                .put("questions", questions)))));
    }

    /** The previous edition's published questionnaire, with a question shown only to those who came by train. */
    static final String ARCHIVED_QUESTIONNAIRE = "3d5e7f90-2025-4c1a-9b8e-0a1b2c3d4e5f";

    void register(Router router) {
        router.get("/api/evaluation/contextual-questions").handler(rc -> {
            if (StandInServices.authorised(rc, "organiser")) {
                JsonArray list = new JsonArray();
                contextual().forEach((key, question) -> list.add(new JsonObject().put("key", key).put("question", question)));
                StandInServices.json(rc, list);
            }
        });
        router.post("/api/evaluation/questionnaires").handler(this::create);
        router.get("/api/evaluation/questionnaires/:id").handler(rc -> withQuestionnaire(rc, q -> StandInServices.json(rc, view(q))));
        router.put("/api/evaluation/questionnaires/:id/schedule").handler(rc -> withQuestionnaire(rc, q -> {
            JsonObject body = rc.body().asJsonObject();
            JsonArray errors = new JsonArray();
            for (String field : List.of("opensAt", "closesAt")) {
                if (body.getString(field) == null) {
                    errors.add(error(field, "ne doit pas être nul"));
                }
            }
            if (!errors.isEmpty()) {
                StandInServices.problem(rc, 400, "Requête invalide", errors);
            } else if (datesRefused(rc, body)) {
                return;
            } else {
                q.put("opensAt", body.getString("opensAt")).put("closesAt", body.getString("closesAt"));
                StandInServices.json(rc, view(q));
            }
        }));
        router.post("/api/evaluation/questionnaires/:id/sections").handler(rc -> withDraft(rc, q -> {
            JsonObject body = rc.body().asJsonObject();
            JsonObject title = body.getJsonObject("title");
            if (title == null) {
                StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(error("title", "ne doit pas être nul")));
                return;
            }
            if (title.getString("fr", "").isBlank()) {
                StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(error("title.fr", "ne doit pas être vide")));
                return;
            }
            JsonArray sections = sections(q);
            JsonObject section = new JsonObject().put("id", "s" + (sections.size() + 1)).put("title", title)
                    .put("questions", new JsonArray());
            if (body.getJsonObject("intro") != null) {
                section.put("intro", body.getJsonObject("intro"));
            }
            sections.add(section);
            StandInServices.json(rc, view(q));
        }));
        router.post("/api/evaluation/questionnaires/:id/sections/:sid/questions").handler(rc -> withDraft(rc, q -> {
            JsonObject question = rc.body().asJsonObject();
            JsonArray errors = new JsonArray();
            if (question.getString("type") == null) {
                errors.add(error("type", "ne doit pas être nul"));
            }
            if (question.getJsonObject("label") == null || question.getJsonObject("label").getString("fr", "").isBlank()) {
                errors.add(error("label.fr", "ne doit pas être vide"));
            }
            if (!errors.isEmpty()) {
                StandInServices.problem(rc, 400, "Requête invalide", errors);
                return;
            }
            add(rc, q, question);
        }));
        router.post("/api/evaluation/questionnaires/:id/sections/:sid/contextual-questions").handler(rc -> withDraft(rc, q -> {
            String key = rc.body().asJsonObject().getString("key", "");
            JsonObject template = contextual().get(key);
            if (template == null) {
                StandInServices.problem(rc, 400, "Requête invalide",
                        new JsonArray().add(error("key", "Question contextuelle inconnue : " + key)));
                return;
            }
            add(rc, q, template.copy());
        }));
        router.put("/api/evaluation/questionnaires/:id").handler(rc -> withDraft(rc, q -> {
            JsonObject body = rc.body().asJsonObject();
            JsonArray errors = new JsonArray();
            if (body.getString("title", "").isBlank()) {
                errors.add(error("title", "ne doit pas être vide"));
            }
            JsonObject definition = body.getJsonObject("definition");
            if (definition == null) {
                errors.add(error("definition", "ne doit pas être nul"));
            } else {
                JsonObject preamble = definition.getJsonObject("preamble", new JsonObject());
                for (String part : List.of("purpose", "use", "anonymity")) {
                    JsonObject label = preamble.getJsonObject(part);
                    if (label != null && label.getString("fr", "").isBlank()) {
                        errors.add(error("definition.preamble." + part + ".fr", "ne doit pas être vide"));
                    }
                }
            }
            if (!errors.isEmpty()) {
                StandInServices.problem(rc, 400, "Requête invalide", errors);
                return;
            }
            JsonArray sections = definition.getJsonArray("sections", new JsonArray());
            for (int s = 0; s < sections.size(); s++) {
                JsonArray questions = sections.getJsonObject(s).getJsonArray("questions", new JsonArray());
                for (int i = 0; i < questions.size(); i++) {
                    JsonObject label = questions.getJsonObject(i).getJsonObject("label");
                    if (label == null || label.getString("fr", "").isBlank()) {
                        errors.add(error("definition.sections[" + s + "].questions[" + i + "].label.fr", "ne doit pas être vide"));
                    }
                }
            }
            if (!errors.isEmpty()) {
                StandInServices.problem(rc, 400, errors.size() == 1 ? "Le champ « " + errors.getJsonObject(0).getString("field")
                        + " » est invalide : ne doit pas être vide" : errors.size() + " champs sont invalides.", errors);
                return;
            }
            JsonArray refused = conditionErrors(sections, true);
            if (!refused.isEmpty()) {
                StandInServices.problem(rc, 400, "Le questionnaire n'est pas valide.", refused);
                return;
            }
            q.put("title", body.getString("title").trim()).put("definition", definition);
            StandInServices.json(rc, view(q));
        }));
        router.delete("/api/evaluation/questionnaires/:id/questions/:qid").handler(rc -> withDraft(rc, q -> {
            String questionId = rc.pathParam("qid");
            JsonArray sections = sections(q).copy();
            boolean found = false;
            for (Object o : sections) {
                JsonArray questions = ((JsonObject) o).getJsonArray("questions");
                for (int i = questions.size() - 1; i >= 0; i--) {
                    if (questionId.equals(questions.getJsonObject(i).getString("id"))) {
                        questions.remove(i);
                        found = true;
                    }
                }
            }
            if (!found) {
                StandInServices.problem(rc, 404, "Question introuvable : " + questionId, null);
                return;
            }
            JsonArray conditions = conditionErrors(sections, false);
            if (!conditions.isEmpty()) {
                StandInServices.problem(rc, 400, "Le questionnaire n'est pas valide.", conditions);
                return;
            }
            q.getJsonObject("definition").put("sections", sections);
            StandInServices.json(rc, view(q));
        }));
        router.post("/api/evaluation/questionnaires/:id/clone").handler(rc -> withQuestionnaire(rc, source -> {
            JsonObject body = rc.body().asJsonObject();
            String congressId = body.getString("congressId");
            String title = body.getString("title");
            if (congressId == null) {
                StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(error("congressId", "ne doit pas être nul")));
                return;
            }
            if (title != null && title.length() > 200) {
                StandInServices.problem(rc, 400, "Requête invalide",
                        new JsonArray().add(error("title", "la taille doit être comprise entre 0 et 200")));
                return;
            }
            if (!StandInServices.CONGRESS_ID.equals(congressId) && !StandInServices.ARCHIVED_CONGRESS_ID.equals(congressId)) {
                StandInServices.problem(rc, 404, "Congrès inconnu de l'évaluation (pas encore reçu du programme).", null);
                return;
            }
            String id = UUID.randomUUID().toString();
            JsonObject copy = new JsonObject().put("id", id).put("congressId", congressId)
                    .put("title", title == null || title.isBlank() ? source.getString("title") : title.trim())
                    .put("status", "DRAFT").put("opensAt", (Object) null).put("closesAt", (Object) null)
                    .put("responseCount", 0).put("clonedFrom", source.getString("id"))
                    .put("definition", source.getJsonObject("definition").copy());
            all.put(id, copy);
            rc.response().setStatusCode(201).putHeader("Location", "/api/evaluation/questionnaires/" + id);
            StandInServices.json(rc, view(copy));
        }));
        router.post("/api/evaluation/questionnaires/:id/publish").handler(rc -> withDraft(rc, q -> {
            JsonObject preamble = q.getJsonObject("definition").getJsonObject("preamble", new JsonObject());
            boolean complete = List.of("purpose", "use", "anonymity").stream()
                    .allMatch(p -> !preamble.getJsonObject(p, new JsonObject()).getString("fr", "").isBlank());
            long questions = sections(q).stream().mapToLong(s -> ((JsonObject) s).getJsonArray("questions").size()).sum();
            if (!complete) {
                StandInServices.problem(rc, 422, "Un questionnaire ne peut être publié sans préambule complet : "
                        + "objet de l'enquête, usage des réponses et anonymat.", null);
            } else if (questions == 0) {
                StandInServices.problem(rc, 422, "Un questionnaire publié contient au moins une question.", null);
            } else if (q.getString("opensAt") == null || q.getString("closesAt") == null) {
                StandInServices.problem(rc, 422, "Fixez les dates d'ouverture et de clôture avant de publier.", null);
            } else {
                q.put("status", "PUBLISHED");
                StandInServices.json(rc, view(q));
            }
        }));
        router.post("/api/evaluation/questionnaires/:id/close").handler(rc -> withQuestionnaire(rc, q -> {
            if (!"OUVERT".equals(state(q))) {
                StandInServices.problem(rc, 409, "Seul un questionnaire ouvert peut être clos.", null);
                return;
            }
            q.put("closesAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
            StandInServices.json(rc, view(q));
        }));
        router.post("/api/evaluation/questionnaires/:id/preview").handler(rc -> withQuestionnaire(rc, q -> {
            JsonObject body = rc.body() == null || rc.body().length() == 0 ? new JsonObject() : rc.body().asJsonObject();
            StandInServices.json(rc, rendered(q, body.getString("language", "fr"),
                    body.getJsonObject("answers", new JsonObject())));
        }));
    }

    /**
     * The questionnaire as a respondent sees it (the preview's RenderedSurvey): conditions kept and applied to
     * {@code answers}, session ratings over every released session (the stand-in programme's plenary).
     */
    JsonObject rendered(JsonObject q, String lang, JsonObject answers) {
        JsonObject preamble = q.getJsonObject("definition").getJsonObject("preamble", new JsonObject());
        JsonArray sections = new JsonArray();
        for (Object o : sections(q)) {
            JsonObject s = (JsonObject) o;
            JsonArray questions = new JsonArray();
            for (Object x : s.getJsonArray("questions")) {
                JsonObject question = (JsonObject) x;
                JsonObject rendered = new JsonObject().put("id", question.getString("id"))
                        .put("type", question.getString("type")).put("label", in(question.getJsonObject("label"), lang))
                        .put("required", question.getBoolean("required", false)).put("visible", true);
                if (question.getJsonObject("help") != null) {
                    rendered.put("help", in(question.getJsonObject("help"), lang));
                }
                if (question.getJsonArray("options") != null) {
                    JsonArray options = new JsonArray();
                    question.getJsonArray("options").forEach(c -> options.add(new JsonObject()
                            .put("code", ((JsonObject) c).getString("code"))
                            .put("label", in(((JsonObject) c).getJsonObject("label"), lang))));
                    rendered.put("options", options);
                }
                if (question.getJsonArray("scale") != null) {
                    JsonArray scale = new JsonArray();
                    question.getJsonArray("scale").forEach(p -> scale.add(new JsonObject()
                            .put("value", ((JsonObject) p).getInteger("value"))
                            .put("label", in(((JsonObject) p).getJsonObject("label"), lang))));
                    rendered.put("scale", scale);
                }
                if (question.getJsonObject("satisfactionLabel") != null) {
                    rendered.put("satisfactionLabel", in(question.getJsonObject("satisfactionLabel"), lang));
                }
                if (question.getJsonObject("showWhen") != null) {
                    rendered.put("showWhen", question.getJsonObject("showWhen").copy());
                }
                if ("SESSION_RATING".equals(question.getString("type"))) {
                    rendered.put("sessions", new JsonArray().add(new JsonObject().put("sessionId", StandInSurveyLife.SESSION_ID)
                            .put("title", "Plénière : les territoires face aux transitions").put("kind", "PLENARY")));
                }
                questions.add(rendered);
            }
            sections.add(new JsonObject().put("id", s.getString("id")).put("title", in(s.getJsonObject("title"), lang))
                    .put("questions", questions));
        }
        return StandInSurveyLife.apply(new JsonObject().put("questionnaireId", q.getString("id")).put("title", q.getString("title"))
                .put("language", lang).put("state", state(q))
                .put("preamble", new JsonObject().put("purpose", in(preamble.getJsonObject("purpose"), lang))
                        .put("use", in(preamble.getJsonObject("use"), lang))
                        .put("anonymity", in(preamble.getJsonObject("anonymity"), lang)))
                .put("sections", sections), answers);
    }

    /** The questionnaires built for a congress, as the list endpoint shows them. */
    JsonArray ofCongress(String congressId) {
        JsonArray list = new JsonArray();
        all.values().stream().filter(q -> congressId.equals(q.getString("congressId")))
                .forEach(q -> list.add(view(q).copy().put("definition", (Object) null)));
        return list;
    }

    private void create(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        JsonArray errors = new JsonArray();
        if (body.getString("congressId") == null) {
            errors.add(error("congressId", "ne doit pas être nul"));
        }
        String title = body.getString("title", "");
        if (title.isBlank()) {
            errors.add(error("title", "ne doit pas être vide"));
        } else if (title.length() > 200) {
            errors.add(error("title", "la taille doit être comprise entre 0 et 200"));
        }
        JsonObject definition = body.getJsonObject("definition", new JsonObject().put("sections", new JsonArray()));
        JsonObject preamble = definition.getJsonObject("preamble", new JsonObject());
        for (String part : List.of("purpose", "use", "anonymity")) {
            JsonObject label = preamble.getJsonObject(part);
            if (label != null && label.getString("fr", "").isBlank()) {
                errors.add(error("definition.preamble." + part + ".fr", "ne doit pas être vide"));
            }
        }
        if (!errors.isEmpty()) {
            StandInServices.problem(rc, 400, "Requête invalide", errors);
            return;
        }
        if (datesRefused(rc, body)) {
            return;
        }
        if (!StandInServices.CONGRESS_ID.equals(body.getString("congressId"))) {
            StandInServices.problem(rc, 404, "Congrès inconnu de l'évaluation (pas encore reçu du programme).", null);
            return;
        }
        String id = UUID.randomUUID().toString();
        JsonObject q = new JsonObject().put("id", id).put("congressId", body.getString("congressId")).put("title", title.trim())
                .put("status", "DRAFT").put("opensAt", body.getString("opensAt")).put("closesAt", body.getString("closesAt"))
                .put("responseCount", 0).put("definition", new JsonObject().put("preamble", preamble).put("sections", new JsonArray()));
        all.put(id, q);
        rc.response().setStatusCode(201).putHeader("Location", "/api/evaluation/questionnaires/" + id);
        StandInServices.json(rc, view(q));
    }

    /** Opening and closing go together, closing after opening ({@code invalidField("closesAt", …)}). */
    private static boolean datesRefused(RoutingContext rc, JsonObject body) {
        String opens = body.getString("opensAt");
        String closes = body.getString("closesAt");
        if (opens == null && closes == null) {
            return false;
        }
        if (opens == null || closes == null) {
            StandInServices.problem(rc, 400, "Requête invalide",
                    new JsonArray().add(error("closesAt", "Les dates d'ouverture et de clôture vont ensemble.")));
            return true;
        }
        try {
            if (!OffsetDateTime.parse(closes).isAfter(OffsetDateTime.parse(opens))) {
                StandInServices.problem(rc, 400, "Requête invalide",
                        new JsonArray().add(error("closesAt", "La clôture doit suivre l'ouverture.")));
                return true;
            }
        } catch (DateTimeParseException e) {
            StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(error("opensAt", "valeur illisible")));
            return true;
        }
        return false;
    }

    /** DefinitionRules: ids, defaults, per-type settings; errors on {@code sections[i].questions[j].<field>}. */
    private void add(RoutingContext rc, JsonObject q, JsonObject question) {
        JsonArray sections = sections(q);
        int s = -1;
        for (int i = 0; i < sections.size(); i++) {
            if (sections.getJsonObject(i).getString("id").equals(rc.pathParam("sid"))) {
                s = i;
            }
        }
        if (s < 0) {
            StandInServices.problem(rc, 404, "Section introuvable : " + rc.pathParam("sid"), null);
            return;
        }
        JsonArray questions = sections.getJsonObject(s).getJsonArray("questions");
        String path = "sections[" + s + "].questions[" + questions.size() + "]";
        if (question.getString("id") == null) {
            question.put("id", "q-" + UUID.randomUUID().toString().substring(0, 8));
        }
        JsonArray errors = new JsonArray();
        Set<String> ids = new HashSet<>();
        sections.forEach(x -> ((JsonObject) x).getJsonArray("questions").forEach(y -> ids.add(((JsonObject) y).getString("id"))));
        if (ids.contains(question.getString("id"))) {
            errors.add(error(path + ".id", "identifiant de question en double : " + question.getString("id")));
        }
        rules(question, path, errors);
        if (!errors.isEmpty()) {
            StandInServices.problem(rc, 400, "Le questionnaire n'est pas valide.", errors);
            return;
        }
        questions.add(question);
        StandInServices.json(rc, view(q));
    }

    /** DefinitionRules' defaults and per-type settings for one question, errors on {@code <path>.<field>}. */
    private static void rules(JsonObject question, String path, JsonArray errors) {
        String type = question.getString("type");
        JsonArray options = question.getJsonArray("options");
        switch (type) {
            case "SINGLE_CHOICE", "MULTIPLE_CHOICE", "SITUATION_SATISFACTION" -> {
                if (options == null || options.size() < 2) {
                    errors.add(error(path + ".options", "au moins deux choix sont nécessaires"));
                } else if ("MULTIPLE_CHOICE".equals(type)) {
                    Integer max = question.getInteger("maxSelections", options.size());
                    question.put("maxSelections", max);
                    if (max < 1 || max > options.size()) {
                        errors.add(error(path + ".maxSelections",
                                "le nombre maximal de choix doit être compris entre 1 et le nombre de choix"));
                    }
                }
                if ("SITUATION_SATISFACTION".equals(type) && question.getJsonObject("satisfactionLabel") == null) {
                    question.put("satisfactionLabel", label("Selon votre expérience, cette situation est-elle satisfaisante ?",
                            "In your experience, is this situation satisfactory?"));
                }
            }
            case "LIKERT", "SESSION_RATING" -> {
                if (question.getJsonArray("scale") == null || question.getJsonArray("scale").isEmpty()) {
                    question.put("scale", new JsonArray()
                            .add(new JsonObject().put("value", 1).put("label", label("Pas du tout satisfaisant", "Not at all satisfactory")))
                            .add(new JsonObject().put("value", 2).put("label", label("Peu satisfaisant", "Slightly satisfactory")))
                            .add(new JsonObject().put("value", 3).put("label", label("Plutôt satisfaisant", "Fairly satisfactory")))
                            .add(new JsonObject().put("value", 4).put("label", label("Très satisfaisant", "Very satisfactory"))));
                } else if (question.getJsonArray("scale").size() < 2) {
                    errors.add(error(path + ".scale", "une échelle a au moins deux points"));
                }
            }
            case "NUMBER" -> {
                if (question.getValue("min") != null && question.getValue("max") != null
                        && question.getDouble("min") > question.getDouble("max")) {
                    errors.add(error(path + ".min", "le minimum dépasse le maximum"));
                }
            }
            case "SHORT_TEXT", "LONG_TEXT" -> {
                int max = question.getInteger("maxLength", "SHORT_TEXT".equals(type) ? 200 : 4000);
                question.put("maxLength", max);
                if (max < 1 || max > 10_000) {
                    errors.add(error(path + ".maxLength", "longueur maximale entre 1 et 10000"));
                }
            }
            default -> {
                // THREE_C has no settings
            }
        }
    }

    /**
     * DefinitionRules' conditions: on an earlier question, with a value that question can have; with the per-type
     * rules of each question before its condition when the whole definition is checked (PUT).
     */
    private static JsonArray conditionErrors(JsonArray sections, boolean withRules) {
        JsonArray errors = new JsonArray();
        Map<String, JsonObject> earlier = new HashMap<>();
        for (int s = 0; s < sections.size(); s++) {
            JsonArray questions = sections.getJsonObject(s).getJsonArray("questions", new JsonArray());
            for (int i = 0; i < questions.size(); i++) {
                JsonObject question = questions.getJsonObject(i);
                JsonObject condition = question.getJsonObject("showWhen");
                if (withRules) {
                    rules(question, "sections[" + s + "].questions[" + i + "]", errors);
                }
                String path = "sections[" + s + "].questions[" + i + "].showWhen";
                if (condition != null) {
                    JsonObject source = earlier.get(condition.getString("questionId"));
                    if (source == null) {
                        errors.add(error(path + ".questionId", "la condition doit porter sur une question précédente"));
                    } else if (!accepts(source, condition.getString("equals"))) {
                        errors.add(error(path + ".equals", "valeur impossible pour la question " + source.getString("id")));
                    }
                }
                earlier.put(question.getString("id"), question);
            }
        }
        return errors;
    }

    private static boolean accepts(JsonObject source, String value) {
        return switch (source.getString("type")) {
            case "SINGLE_CHOICE", "MULTIPLE_CHOICE", "SITUATION_SATISFACTION" -> source.getJsonArray("options", new JsonArray())
                    .stream().anyMatch(o -> ((JsonObject) o).getString("code").equals(value));
            case "LIKERT" -> source.getJsonArray("scale", new JsonArray()).stream()
                    .anyMatch(p -> String.valueOf(((JsonObject) p).getInteger("value")).equals(value));
            case "THREE_C", "SESSION_RATING" -> false;
            default -> true;
        };
    }

    void withQuestionnaire(RoutingContext rc, java.util.function.Consumer<JsonObject> then) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        JsonObject q = all.get(rc.pathParam("id"));
        if (q == null) {
            StandInServices.problem(rc, 404, "Questionnaire introuvable.", null);
        } else {
            then.accept(q);
        }
    }

    private void withDraft(RoutingContext rc, java.util.function.Consumer<JsonObject> then) {
        withQuestionnaire(rc, q -> {
            if (!"DRAFT".equals(q.getString("status"))) {
                StandInServices.problem(rc, 409, "Un questionnaire publié ne peut plus changer de structure : "
                        + "clonez-le pour en faire une nouvelle version.", null);
            } else {
                then.accept(q);
            }
        });
    }

    private static JsonArray sections(JsonObject q) {
        return q.getJsonObject("definition").getJsonArray("sections");
    }

    static String state(JsonObject q) {
        if ("DRAFT".equals(q.getString("status"))) {
            return "BROUILLON";
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (now.isBefore(OffsetDateTime.parse(q.getString("opensAt")))) {
            return "A_VENIR";
        }
        return now.isBefore(OffsetDateTime.parse(q.getString("closesAt"))) ? "OUVERT" : "CLOS";
    }

    static JsonObject view(JsonObject q) {
        JsonObject view = q.copy().put("state", state(q));
        return q.containsKey("clonedFrom") ? view : view.put("clonedFrom", (Object) null);
    }

    private static String in(JsonObject label, String lang) {
        if (label == null) {
            return null;
        }
        String en = label.getString("en");
        return "en".equals(lang) && en != null && !en.isBlank() ? en : label.getString("fr");
    }

    private static JsonObject label(String fr, String en) {
        return new JsonObject().put("fr", fr).put("en", en);
    }

    private static JsonObject error(String field, String message) {
        return new JsonObject().put("field", field).put("message", message);
    }

    /** ContextualQuestions' library, keys and questions as evaluation-service lists them. */
    private static Map<String, JsonObject> contextual() {
        Map<String, JsonObject> library = new java.util.LinkedHashMap<>();
        library.put("job-title", new JsonObject().put("id", "ctx-job-title").put("type", "SHORT_TEXT")
                .put("label", label("Quel est l'intitulé de votre poste ?", "What is your job title?")).put("required", false)
                .put("maxLength", 120).put("contextKey", "job-title"));
        library.put("statutory-category", new JsonObject().put("id", "ctx-statutory-category").put("type", "SINGLE_CHOICE")
                .put("label", label("Quelle est votre catégorie statutaire ?", "What is your statutory category?")).put("required", false)
                .put("options", new JsonArray()
                        .add(new JsonObject().put("code", "A").put("label", label("Catégorie A", "Category A")))
                        .add(new JsonObject().put("code", "B").put("label", label("Catégorie B", "Category B")))
                        .add(new JsonObject().put("code", "C").put("label", label("Catégorie C", "Category C"))))
                .put("contextKey", "statutory-category"));
        library.put("years-in-role", new JsonObject().put("id", "ctx-years-in-role").put("type", "NUMBER")
                .put("label", label("Depuis combien d'années exercez-vous cette fonction ?", "How many years have you held this role?"))
                .put("required", false).put("min", 0).put("max", 50).put("contextKey", "years-in-role"));
        library.put("territory-type", new JsonObject().put("id", "ctx-territory-type").put("type", "SINGLE_CHOICE")
                .put("label", label("Sur quel type de territoire intervenez-vous ?", "What kind of territory do you work in?"))
                .put("required", false).put("options", new JsonArray()
                        .add(new JsonObject().put("code", "URBAIN").put("label", label("Urbain", "Urban")))
                        .add(new JsonObject().put("code", "RURAL").put("label", label("Rural", "Rural"))))
                .put("contextKey", "territory-type"));
        return library;
    }
}
