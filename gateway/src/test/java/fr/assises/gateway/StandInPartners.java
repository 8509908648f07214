package fr.assises.gateway;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What the partner dashboards and the indicator pages read beyond {@link StandInServices}: programme-service's
 * editions for partners (EditionsResource: open, closed and archived, no draft), the archived 2025 edition as each
 * service answers for it (registration-service knows nothing of it: 404; a budget with its empty account groups and
 * a break-even of 0; 300 paper answers, one question answered by too few people), and evaluation-service's indicators
 * of the 2027 edition as organisers edit them (IndicatorResource), with the same refusals as the service.
 */
final class StandInPartners {

    static final String ARCHIVED_SLUG = "congres-2025";
    /** The 2027 questionnaire the indicators measure, with a scale question and a choice question. */
    static final String QUESTIONNAIRE = "9e5e0000-0000-4000-8000-000000000002";
    static final String ARCHIVED_QUESTIONNAIRE = StandInQuestionnaires.ARCHIVED_QUESTIONNAIRE;

    /** The 2027 edition's indicators by id, in their order (IndicatorView). */
    final Map<String, JsonObject> indicators = new ConcurrentHashMap<>();

    StandInPartners() {
        reset();
    }

    /** Back to the two indicators the 2027 edition starts with. */
    void reset() {
        indicators.clear();
        for (Object o : StandInServices.indicators()) {
            JsonObject i = ((JsonObject) o).copy().put("congressId", StandInServices.CONGRESS_ID);
            i.put("position", indicators.size());
            indicators.put(i.getString("id"), i);
        }
    }

    void register(Router router) {
        router.get("/api/programme/editions").handler(rc -> {
            if (StandInServices.authorised(rc, "partner")) {
                StandInServices.json(rc, new JsonArray().add(StandInServices.congress()).add(archived()));
            }
        });
        router.get("/api/programme/public/congresses/" + ARCHIVED_SLUG).handler(rc -> StandInServices.json(rc, archived()));
        router.get("/api/registration/congresses/" + StandInServices.ARCHIVED_CONGRESS_ID + "/availability")
                .handler(rc -> StandInServices.problem(rc, 404, "Congrès inconnu des inscriptions.", null));
        router.get("/api/registration/congresses/" + StandInServices.ARCHIVED_CONGRESS_ID + "/check-ins/counts")
                .handler(rc -> StandInServices.problem(rc, 404, "Congrès inconnu des inscriptions.", null));
        router.get("/api/budget/congresses/" + StandInServices.ARCHIVED_CONGRESS_ID + "/budget").handler(rc -> {
            if (StandInServices.authorised(rc, "partner")) {
                StandInServices.json(rc, archivedBudget());
            }
        });
        router.get("/api/evaluation/congresses/" + StandInServices.ARCHIVED_CONGRESS_ID + "/indicators").handler(rc -> {
            if (StandInServices.authorised(rc, "partner")) {
                StandInServices.json(rc, new JsonArray().add(new JsonObject().put("id", "1d1c2025-0000-4000-8000-000000000001")
                        .put("congressId", StandInServices.ARCHIVED_CONGRESS_ID).put("label", "Questionnaires remplis")
                        .put("source", "MANUAL").put("target", 250).put("unit", "questionnaires").put("value", 300)
                        .put("status", "ATTEINT").put("questionnaireId", ARCHIVED_QUESTIONNAIRE).put("position", 0)));
            }
        });
        router.get("/api/evaluation/questionnaires/" + ARCHIVED_QUESTIONNAIRE + "/results").handler(rc -> {
            if (StandInServices.authorised(rc, "partner")) {
                StandInServices.json(rc, archivedResults());
            }
        });
        router.get("/api/evaluation/questionnaires/" + QUESTIONNAIRE).handler(rc -> {
            if (StandInServices.authorised(rc, "organiser")) {
                StandInServices.json(rc, questionnaire());
            }
        });
        router.get("/api/evaluation/congresses/" + StandInServices.CONGRESS_ID + "/indicators").handler(rc -> {
            if (StandInServices.authorised(rc, "partner")) {
                StandInServices.json(rc, new JsonArray(indicators.values().stream()
                        .sorted((a, b) -> Integer.compare(a.getInteger("position"), b.getInteger("position")))
                        .map(Object.class::cast).toList()));
            }
        });
        router.post("/api/evaluation/congresses/" + StandInServices.CONGRESS_ID + "/indicators").handler(rc -> {
            if (StandInServices.authorised(rc, "organiser")) {
                JsonObject i = define(rc, new JsonObject().put("id", UUID.randomUUID().toString())
                        .put("congressId", StandInServices.CONGRESS_ID).put("position", indicators.size()));
                if (i != null) {
                    indicators.put(i.getString("id"), i);
                    rc.response().setStatusCode(201).putHeader("Location", "/api/evaluation/indicators/" + i.getString("id"));
                    StandInServices.json(rc, i);
                }
            }
        });
        router.put("/api/evaluation/indicators/:id").handler(rc -> withIndicator(rc, stored -> {
            JsonObject i = define(rc, stored.copy());
            if (i != null) {
                indicators.put(i.getString("id"), i);
                StandInServices.json(rc, i);
            }
        }));
        router.put("/api/evaluation/indicators/:id/value").handler(rc -> withIndicator(rc, stored -> {
            Object value = rc.body().asJsonObject().getValue("value");
            if (!(value instanceof Number n) || n.doubleValue() < 0) {
                StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(error("value",
                        value == null ? "ne doit pas être nul" : "doit être supérieur ou égal à 0")));
            } else if (!"MANUAL".equals(stored.getString("source"))) {
                StandInServices.problem(rc, 422, "Seul un indicateur saisi à la main reçoit une valeur ; celui-ci est "
                        + "calculé à partir de sa source.", null);
            } else {
                stored.put("value", n).remove("explanation");
                stored.put("status", status(stored));
                StandInServices.json(rc, stored);
            }
        }));
        router.delete("/api/evaluation/indicators/:id").handler(rc -> withIndicator(rc, stored -> {
            indicators.remove(stored.getString("id"));
            rc.response().setStatusCode(204).end();
        }));
    }

    private void withIndicator(RoutingContext rc, java.util.function.Consumer<JsonObject> action) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        JsonObject stored = indicators.get(rc.pathParam("id"));
        if (stored == null) {
            StandInServices.problem(rc, 404, "Indicateur introuvable.", null);
            return;
        }
        action.accept(stored);
    }

    /** IndicatorService.define: Bean Validation first (400 per field), then the source's settings; null when refused. */
    private static JsonObject define(RoutingContext rc, JsonObject indicator) {
        JsonObject body = rc.body().asJsonObject();
        JsonArray errors = new JsonArray();
        String label = body.getString("label");
        if (label == null || label.isBlank()) {
            errors.add(error("label", "ne doit pas être vide"));
        }
        Object target = body.getValue("target");
        if (target == null) {
            errors.add(error("target", "ne doit pas être nul"));
        } else if (((Number) target).doubleValue() < 0) {
            errors.add(error("target", "doit être supérieur ou égal à 0"));
        }
        String source = body.getString("source");
        if (source == null) {
            errors.add(error("source", "ne doit pas être nul"));
        }
        Object manual = body.getValue("manualValue");
        if (manual != null && ((Number) manual).doubleValue() < 0) {
            errors.add(error("manualValue", "doit être supérieur ou égal à 0"));
        }
        if (errors.isEmpty()) {
            String refusal = sourceRefusal(body, source);
            if (refusal != null) {
                String[] fieldAndMessage = refusal.split("\\|", 2);
                errors.add(error(fieldAndMessage[0], fieldAndMessage[1]));
            }
        }
        if (!errors.isEmpty()) {
            StandInServices.problem(rc, 400, "Requête invalide", errors);
            return null;
        }
        indicator.put("label", label.strip()).put("source", source).put("target", target)
                .put("dueDate", body.getString("dueDate")).remove("explanation");
        for (String key : List.of("questionnaireId", "questionId", "satisfiedValues", "value", "unit")) {
            indicator.remove(key);
        }
        switch (source) {
            case "MANUAL" -> {
                indicator.put("unit", body.getString("unit"));
                if (manual != null) {
                    indicator.put("value", manual);
                } else {
                    indicator.put("explanation", "Valeur à saisir.");
                }
            }
            case "RESPONSE_RATE" -> indicator.put("questionnaireId", body.getString("questionnaireId")).put("unit", "%")
                    .put("value", 58.3);
            case "SURVEY_QUESTION" -> indicator.put("questionnaireId", body.getString("questionnaireId"))
                    .put("questionId", body.getString("questionId")).put("unit", "%")
                    .put("satisfiedValues", body.getJsonArray("satisfiedValues")).put("value", 81.4);
            case "REGISTRATIONS" -> indicator.put("unit", body.getString("unit", "participants")).put("value", 363);
            default -> indicator.put("unit", body.getString("unit", "participants")).put("value", 2);
        }
        indicator.put("status", status(indicator));
        return indicator;
    }

    /** The checks IndicatorService makes on a source's settings, as "field|message". */
    private static String sourceRefusal(JsonObject body, String source) {
        if (!List.of("MANUAL", "REGISTRATIONS", "CHECK_INS", "RESPONSE_RATE", "SURVEY_QUESTION").contains(source)) {
            return "source|valeur illisible ou de type inattendu";
        }
        if (!source.equals("RESPONSE_RATE") && !source.equals("SURVEY_QUESTION")) {
            return null;
        }
        String questionnaire = body.getString("questionnaireId");
        if (questionnaire == null) {
            return "questionnaireId|Choisissez le questionnaire mesuré.";
        }
        if (!QUESTIONNAIRE.equals(questionnaire)) {
            return "questionnaireId|Questionnaire inconnu pour ce congrès.";
        }
        if (source.equals("RESPONSE_RATE")) {
            return null;
        }
        String question = body.getString("questionId");
        if (question == null) {
            return "questionId|Choisissez la question mesurée.";
        }
        if (!"overall".equals(question)) {
            return "questionId|Question inconnue de ce questionnaire.";
        }
        JsonArray values = body.getJsonArray("satisfiedValues", new JsonArray());
        if (values.isEmpty()) {
            return "satisfiedValues|Indiquez les réponses qui comptent.";
        }
        for (Object v : values) {
            if (!List.of("1", "2", "3", "4").contains(v.toString())) {
                return "satisfiedValues|Réponse impossible : " + v;
            }
        }
        return null;
    }

    private static String status(JsonObject i) {
        Object value = i.getValue("value");
        if (value == null) {
            return "EN_ATTENTE";
        }
        return new BigDecimal(value.toString()).compareTo(new BigDecimal(i.getValue("target").toString())) >= 0
                ? "ATTEINT" : "NON_ATTEINT";
    }

    static JsonObject archived() {
        return new JsonObject().put("id", StandInServices.ARCHIVED_CONGRESS_ID).put("slug", ARCHIVED_SLUG)
                .put("title", "2e Congrès national des développeurs territoriaux").put("startDate", "2025-06-26")
                .put("endDate", "2025-06-27").put("timeZone", "Europe/Paris").put("venue", "Halle fictive de Brocéliande")
                .put("status", "ARCHIVED").put("halfDays", new JsonArray());
    }

    /** The 2027 questionnaire as organisers read it: a scale and a choice question can be measured. */
    private static JsonObject questionnaire() {
        JsonArray scale = new JsonArray();
        String[] words = { "Pas du tout satisfaisant", "Peu satisfaisant", "Satisfaisant", "Très satisfaisant" };
        for (int v = 1; v <= 4; v++) {
            scale.add(new JsonObject().put("value", v).put("label", label(words[v - 1])));
        }
        JsonArray questions = new JsonArray()
                .add(new JsonObject().put("id", "overall").put("type", "LIKERT").put("label", label("Satisfaction générale"))
                        .put("required", true).put("scale", scale))
                .add(new JsonObject().put("id", "comment").put("type", "LONG_TEXT").put("label", label("Un commentaire ?"))
                        .put("required", false).put("maxLength", 4000));
        JsonObject preamble = new JsonObject().put("purpose", label("Améliorer la prochaine édition."))
                .put("use", label("Préparer l'édition suivante.")).put("anonymity", label("Les réponses sont anonymes."));
        return new JsonObject().put("id", QUESTIONNAIRE).put("congressId", StandInServices.CONGRESS_ID)
                .put("title", "Enquête de satisfaction 2027").put("status", "PUBLISHED").put("state", "CLOS")
                .put("opensAt", "2027-06-25T09:00:00+02:00").put("closesAt", "2027-07-16T18:00:00+02:00")
                .put("responseCount", 212).put("clonedFrom", (Object) null)
                .put("definition", new JsonObject().put("preamble", preamble).put("sections", new JsonArray()
                        .add(new JsonObject().put("id", "s1").put("title", label("Votre avis")).put("questions", questions))));
    }

    /** 300 paper answers, no check-in known; the meals question was answered by 3 people: hidden, as the service does. */
    private static JsonObject archivedResults() {
        return new JsonObject().put("questionnaireId", ARCHIVED_QUESTIONNAIRE)
                .put("congressId", StandInServices.ARCHIVED_CONGRESS_ID).put("title", "Enquête de satisfaction 2025")
                .put("state", "CLOSED").put("minGroupSize", 5).put("publishBatchSize", 5).put("responses", 300)
                .put("awaitingPublication", 0).put("checkedIn", 0).put("confirmed", 0)
                .put("byChannel", new JsonObject().put("online", 0).put("paper", 300))
                .put("byCategory", new JsonArray())
                .put("questions", new JsonArray()
                        .add(new JsonObject().put("id", "q1").put("type", "LIKERT").put("label", "Satisfaction générale")
                                .put("answered", 296).put("suppressed", false).put("mean", 3.7))
                        .add(new JsonObject().put("id", "q7").put("type", "LIKERT").put("label", "Qualité des repas")
                                .put("answered", 3).put("suppressed", true))
                        .add(new JsonObject().put("id", "q9").put("type", "LONG_TEXT").put("label", "Un commentaire ?")
                                .put("answered", 41).put("suppressed", false)
                                .put("texts", new JsonArray().add("Le buffet de Dominique Fictif était froid"))));
    }

    /** Nineteen account groups as budget-service lists them, most empty; seven hold lines; break-even at 0. */
    private static JsonObject archivedBudget() {
        JsonArray charges = new JsonArray();
        String[][] chargeGroups = { { "60", "Achats", "1200000" }, { "61", "Services extérieurs", "2800000" },
            { "62", "Autres services extérieurs", "3900000" }, { "63", "Impôts et taxes", "0" },
            { "64", "Charges de personnel", "1500000" }, { "65", "Autres charges de gestion courante", "300000" },
            { "66", "Charges financières", "0" }, { "67", "Charges exceptionnelles", "0" },
            { "68", "Dotations aux amortissements", "0" } };
        long chargesTotal = 0;
        for (String[] g : chargeGroups) {
            long cents = Long.parseLong(g[2]);
            chargesTotal += cents;
            charges.add(group(g[0], g[1], cents));
        }
        JsonArray produits = new JsonArray();
        String[][] produitGroups = { { "70", "Ventes, prestations", "3600000" }, { "71", "Production stockée", "0" },
            { "72", "Production immobilisée", "0" }, { "73", "Dotations et produits de tarification", "0" },
            { "74", "Subventions d'exploitation", "6300000" }, { "75", "Autres produits de gestion courante", "0" },
            { "76", "Produits financiers", "0" }, { "77", "Produits exceptionnels", "0" },
            { "78", "Reprises sur amortissements", "0" }, { "79", "Transferts de charges", "0" } };
        long produitsTotal = 0;
        for (String[] g : produitGroups) {
            long cents = Long.parseLong(g[2]);
            produitsTotal += cents;
            produits.add(group(g[0], g[1], cents));
        }
        return new JsonObject().put("budgetId", "b0d92025-0000-4000-8000-000000000001")
                .put("congressId", StandInServices.ARCHIVED_CONGRESS_ID).put("version", 3).put("versionNumber", 1)
                .put("versionName", "Budget réalisé").put("status", "SUBMITTED").put("current", true).put("currency", "EUR")
                .put("charges", charges).put("produits", produits)
                .put("totals", new JsonObject().put("chargesCents", chargesTotal).put("produitsCents", produitsTotal)
                        .put("totalChargesCents", chargesTotal).put("totalProduitsCents", produitsTotal)
                        .put("balanceCents", produitsTotal - chargesTotal).put("balanced", false))
                .put("funders", new JsonArray()).put("scenarios", new JsonArray())
                .put("breakEven", new JsonObject().put("participants", 0).put("label", "0 participants"));
    }

    private static JsonObject group(String code, String label, long cents) {
        JsonArray lines = new JsonArray();
        if (cents != 0) {
            lines.add(new JsonObject().put("id", UUID.nameUUIDFromBytes(code.getBytes()).toString()).put("account", code + "0")
                    .put("label", label).put("driver", "FIXED").put("basis", "HYPOTHESIS").put("unitCents", cents)
                    .put("quantity", 1L).put("perRoom", false).put("provisionalCents", cents).put("confirmedCents", cents)
                    .put("committedCents", 0L).put("paidCents", 0L).put("funderName", (Object) null));
        }
        return new JsonObject().put("code", code).put("label", label).put("labelEn", StandInAccountNames.en(code, label))
                .put("totalCents", cents).put("lines", lines);
    }

    private static JsonObject label(String fr) {
        return new JsonObject().put("fr", fr).put("en", (Object) null);
    }

    private static JsonObject error(String field, String message) {
        return new JsonObject().put("field", field).put("message", message);
    }
}
