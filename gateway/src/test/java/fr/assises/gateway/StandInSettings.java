package fr.assises.gateway;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * registration-service's settings, custom questions and invitation codes as the gateway sees them: SettingsResource,
 * QuestionsResource and InvitationResource's paths and shapes, and the same refusals (field paths
 * {@code categories[1].quota}, {@code questions[0].choices}, {@code answers.<question id>}, {@code invitationCode};
 * 422 for an exhausted or expired code). Registrations are checked here for answers and codes, then passed on to
 * {@link StandInServices}' registration stand-in.
 */
final class StandInSettings {

    static final String QUESTION_TRANSPORT = "7a1e0c4b-5d2f-4e3a-9b8c-1d2e3f4a5b6c";
    static final String CODE = "ORATEURS-2027";

    private final JsonObject settings;
    private final Map<String, JsonObject> codes = new ConcurrentHashMap<>();
    /** Answers by participant (token subject), as registration-service keeps them with the registration. */
    private final Map<String, JsonObject> answers = new ConcurrentHashMap<>();

    StandInSettings() {
        settings = new JsonObject().put("congressId", StandInServices.CONGRESS_ID)
                .put("opensAt", "2027-01-15T09:00:00+01:00").put("closesAt", "2027-06-10T23:59:00+02:00")
                .put("totalCapacity", 500).put("freezeAt", "2027-06-14T12:00:00+02:00").put("offerHours", 48)
                .put("privacyNoticeVersion", StandInServices.PRIVACY_VERSION).put("retentionDays", 365)
                .put("reminderDaysBefore", 3)
                .put("categories", new JsonArray()
                        .add(category("PROFESSIONNEL", "Professionnel", "Professional", 12000, null, "#1f77b4", false))
                        .add(category("ELU", "Élu", "Elected official", 9000, 80, "#d62728", false))
                        .add(category("ETUDIANT", "Étudiant ou demandeur d'emploi", "Student or jobseeker", 3000, 40,
                                "#2ca02c", false))
                        .add(category("INTERVENANT", "Intervenant", "Speaker", 0, null, "#9467bd", true)))
                .put("information", new JsonObject().put("organisation", "OPTIONAL").put("territoryType", "REQUIRED")
                        .put("jobTitle", "OPTIONAL").put("statutoryCategory", "HIDDEN")
                        .put("accessibilityNeeds", "OPTIONAL").put("dietaryNeeds", "OPTIONAL"))
                .put("territoryTypes", new JsonArray().add("COMMUNE").add("INTERCOMMUNALITE").add("PNR").add("AUTRE"))
                .put("statutoryCategories", new JsonArray().add("A").add("B").add("C"))
                .put("questions", new JsonArray().add(new JsonObject().put("id", QUESTION_TRANSPORT).put("position", 1)
                        .put("kind", "SINGLE_CHOICE").put("required", false)
                        .put("labelFr", "Comment venez-vous au congrès ?").put("labelEn", "How do you travel?")
                        .put("choices", new JsonArray()
                                .add(choice("C1", "En train", "By train"))
                                .add(choice("C2", "En voiture partagée", "Car sharing"))
                                .add(choice("C3", "À vélo", "By bike")))));
        codes.put(CODE, new JsonObject().put("code", CODE).put("label", "Intervenants des ateliers")
                .put("category", "INTERVENANT").put("maxUses", 20).put("used", 3).put("expiresAt", null));
        codes.put("ELUS-COMPLET", new JsonObject().put("code", "ELUS-COMPLET").put("label", "Élus du département")
                .put("category", "ELU").put("maxUses", 2).put("used", 2).put("expiresAt", null));
    }

    /** The answers a participant gave, as registration-service returns them with the registration. */
    JsonObject answersOf(String subject) {
        return answers.getOrDefault(subject, new JsonObject());
    }

    void register(Router router) {
        String base = "/api/registration/congresses/:id";
        router.get(base + "/settings").handler(rc -> StandInServices.json(rc, settings));
        router.put(base + "/settings").handler(this::saveSettings);
        router.put(base + "/settings/questions").handler(this::saveQuestions);
        router.get(base + "/invitations").handler(rc -> {
            if (StandInServices.authorised(rc, "organiser")) {
                JsonArray list = new JsonArray();
                codes.values().stream().sorted((a, b) -> a.getString("code").compareTo(b.getString("code")))
                        .forEach(c -> list.add(view(c)));
                StandInServices.json(rc, list);
            }
        });
        router.post(base + "/invitations").handler(this::createCode);
        router.put(base + "/invitations/:code").handler(this::changeCode);
        router.delete(base + "/invitations/:code").handler(rc -> {
            if (StandInServices.authorised(rc, "organiser")) {
                JsonObject c = codes.get(rc.pathParam("code"));
                if (c == null) {
                    StandInServices.problem(rc, 404, "Ressource introuvable", null);
                } else if (c.getInteger("used") > 0) {
                    StandInServices.problem(rc, 409, "Conflit avec l'état actuel", null);
                } else {
                    codes.remove(c.getString("code"));
                    rc.response().setStatusCode(204).end();
                }
            }
        });
        router.get(base + "/invitations/:code/check").handler(rc -> {
            if (StandInServices.authorised(rc, "participant")) {
                JsonObject c = usable(rc, rc.pathParam("code"));
                if (c != null) {
                    JsonObject category = category(c.getString("category"));
                    StandInServices.json(rc, new JsonObject().put("code", c.getString("code"))
                            .put("category", category.getString("code")).put("labelFr", category.getString("labelFr"))
                            .put("labelEn", category.getString("labelEn")).put("feeCents", category.getLong("feeCents"))
                            .put("remaining", c.getInteger("maxUses") - c.getInteger("used")));
                }
            }
        });
        router.post(base + "/registrations").handler(this::checkRegistration);
        router.put("/api/registration/me/registrations/:id").handler(rc -> {
            JsonObject body = rc.body().asJsonObject();
            if (body != null && body.containsKey("answers")) {
                String subject = StandInServices.claimsSubject(rc);
                if (subject != null && !answersAccepted(rc, body.getJsonObject("answers"))) {
                    return;
                }
                if (subject != null) {
                    answers.put(subject, body.getJsonObject("answers"));
                }
            }
            rc.next();
        });
        router.get("/api/registration/me/registrations/:id").handler(rc -> {
            if (StandInServices.authorised(rc, "participant")) {
                StandInServices.json(rc, new JsonObject().put("id", rc.pathParam("id"))
                        .put("answers", answers.getOrDefault(StandInServices.claimsSubject(rc), new JsonObject())));
            }
        });
    }

    /** Answers and code checked as registration-service does, then the registration itself. */
    private void checkRegistration(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "participant")) {
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        JsonObject given = body.getJsonObject("answers", new JsonObject());
        if (!answersAccepted(rc, given)) {
            return;
        }
        String code = body.getString("invitationCode");
        String categoryCode = body.getString("category");
        JsonObject category = categoryCode == null ? null : category(categoryCode);
        if (code == null && category != null && category.getBoolean("invitationOnly")) {
            StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(error("category",
                    "catégorie réservée aux invités : saisissez votre code d'invitation")));
            return;
        }
        if (code != null) {
            JsonObject c = usable(rc, code);
            if (c == null) {
                return;
            }
            if (!c.getString("category").equals(categoryCode)) {
                StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(error("category",
                        "votre code d'invitation ouvre la catégorie « " + category(c.getString("category"))
                                .getString("labelFr") + " »")));
                return;
            }
            c.put("used", c.getInteger("used") + 1);
        }
        answers.put(StandInServices.claimsSubject(rc), given);
        rc.next();
    }

    private boolean answersAccepted(RoutingContext rc, JsonObject given) {
        JsonArray errors = new JsonArray();
        Map<String, JsonObject> byId = new LinkedHashMap<>();
        settings.getJsonArray("questions").forEach(q -> byId.put(((JsonObject) q).getString("id"), (JsonObject) q));
        for (String id : given.fieldNames()) {
            if (!byId.containsKey(id)) {
                errors.add(error("answers." + id, "question inconnue"));
            }
        }
        byId.forEach((id, q) -> {
            Object value = given.getValue(id);
            String label = "« " + q.getString("labelFr") + " » : ";
            boolean blank = value == null || value.toString().isBlank()
                    || (value instanceof JsonArray a && a.isEmpty());
            if (blank) {
                if (q.getBoolean("required")) {
                    errors.add(error("answers." + id, label + "réponse obligatoire"));
                }
                return;
            }
            Set<String> choiceCodes = new HashSet<>();
            q.getJsonArray("choices", new JsonArray()).forEach(c -> choiceCodes.add(((JsonObject) c).getString("code")));
            String refused = switch (q.getString("kind")) {
                case "SINGLE_CHOICE" -> choiceCodes.contains(value.toString()) ? null : "choix inconnu : " + value;
                case "MULTIPLE_CHOICE" -> value instanceof JsonArray a && a.stream().allMatch(choiceCodes::contains)
                        ? null : "choix inconnu : " + value;
                case "YES_NO" -> "true".equals(value.toString()) || "false".equals(value.toString()) ? null
                        : "oui ou non attendu";
                case "NUMBER" -> value.toString().replace(',', '.').matches("-?\\d+(\\.\\d+)?") ? null
                        : "un nombre est attendu";
                case "DATE" -> {
                    try {
                        LocalDate.parse(value.toString());
                        yield null;
                    } catch (RuntimeException e) {
                        yield "une date est attendue (AAAA-MM-JJ)";
                    }
                }
                default -> value.toString().length() > 2000 ? "2000 caractères au plus" : null;
            };
            if (refused != null) {
                errors.add(error("answers." + id, label + refused));
            }
        });
        if (!errors.isEmpty()) {
            StandInServices.problem(rc, 400, "Requête invalide", errors);
            return false;
        }
        return true;
    }

    private void saveSettings(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        JsonArray errors = new JsonArray();
        Integer capacity = body.getInteger("totalCapacity");
        if (capacity == null || capacity < 1) {
            errors.add(error("totalCapacity", "doit être supérieur ou égal à 1"));
        }
        OffsetDateTime opens = time(body, "opensAt");
        OffsetDateTime closes = time(body, "closesAt");
        OffsetDateTime freeze = time(body, "freezeAt");
        if (opens == null) {
            errors.add(error("opensAt", "ne doit pas être nul"));
        }
        if (closes == null) {
            errors.add(error("closesAt", "ne doit pas être nul"));
        }
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.add(error("closesAt", "la clôture doit suivre l'ouverture"));
        }
        if (opens != null && freeze != null && !freeze.isAfter(opens)) {
            errors.add(error("freezeAt", "le gel des modifications doit suivre l'ouverture"));
        }
        JsonArray categories = body.getJsonArray("categories", new JsonArray());
        if (categories.isEmpty()) {
            errors.add(error("categories", "ne doit pas être vide"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            JsonObject c = categories.getJsonObject(i);
            String at = "categories[" + i + "].";
            String code = c.getString("code");
            if (code == null || !code.matches("[A-Z0-9_]{1,40}")) {
                errors.add(error(at + "code", "doit respecter \"[A-Z0-9_]{1,40}\""));
            } else if (!seen.add(code)) {
                errors.add(error(at + "code", "catégorie en double : " + code));
            }
            for (String label : new String[] {"labelFr", "labelEn"}) {
                if (c.getString(label) == null || c.getString(label).isBlank()) {
                    errors.add(error(at + label, "ne doit pas être vide"));
                }
            }
            Long fee = c.getLong("feeCents");
            if (fee == null || fee < 0) {
                errors.add(error(at + "feeCents", fee == null ? "ne doit pas être nul"
                        : "doit être supérieur ou égal à 0"));
            }
            Integer quota = c.getInteger("quota");
            if (quota != null && capacity != null && quota > capacity) {
                errors.add(error(at + "quota", "le quota de " + code + " dépasse la capacité totale (" + capacity + ")"));
            }
        }
        if (!errors.isEmpty()) {
            StandInServices.problem(rc, 400, "Requête invalide", errors);
            return;
        }
        for (String field : new String[] {"opensAt", "closesAt", "totalCapacity", "freezeAt", "offerHours",
                "privacyNoticeVersion", "retentionDays", "reminderDaysBefore", "information"}) {
            settings.put(field, body.getValue(field));
        }
        JsonArray stored = new JsonArray();
        categories.forEach(c -> stored.add(((JsonObject) c).copy().put("invitationOnly",
                ((JsonObject) c).getBoolean("invitationOnly", false))));
        settings.put("categories", stored);
        StandInServices.json(rc, settings);
    }

    private void saveQuestions(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        JsonArray questions = rc.body().asJsonObject().getJsonArray("questions", new JsonArray());
        JsonArray errors = new JsonArray();
        JsonArray saved = new JsonArray();
        for (int i = 0; i < questions.size(); i++) {
            JsonObject q = questions.getJsonObject(i);
            String at = "questions[" + i + "].";
            for (String label : new String[] {"labelFr", "labelEn"}) {
                if (q.getString(label) == null || q.getString(label).isBlank()) {
                    errors.add(error(at + label, "ne doit pas être vide"));
                }
            }
            String kind = q.getString("kind");
            if (kind == null) {
                errors.add(error(at + "kind", "ne doit pas être nul"));
            }
            JsonArray choices = q.getJsonArray("choices", new JsonArray());
            boolean withChoices = "SINGLE_CHOICE".equals(kind) || "MULTIPLE_CHOICE".equals(kind);
            if (withChoices && choices.size() < 2) {
                errors.add(error(at + "choices", "au moins deux choix"));
            } else if (!withChoices && !choices.isEmpty()) {
                errors.add(error(at + "choices", "ce type de question n'a pas de choix"));
            }
            JsonArray coded = new JsonArray();
            for (int c = 0; c < choices.size(); c++) {
                JsonObject choice = choices.getJsonObject(c).copy();
                if (choice.getString("code") == null) {
                    choice.put("code", "C" + (c + 1) + "-" + UUID.randomUUID().toString().substring(0, 4));
                }
                coded.add(choice);
            }
            saved.add(q.copy().put("id", q.getString("id", UUID.randomUUID().toString())).put("position", i + 1)
                    .put("choices", coded));
        }
        if (!errors.isEmpty()) {
            StandInServices.problem(rc, 400, "Requête invalide", errors);
            return;
        }
        settings.put("questions", saved);
        StandInServices.json(rc, saved);
    }

    private void createCode(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        JsonArray errors = new JsonArray();
        String code = body.getString("code");
        if (code != null && !code.matches("[A-Za-z0-9-]{4,40}")) {
            errors.add(error("code", "de 4 à 40 lettres, chiffres ou tirets"));
        }
        if (body.getString("label") == null) {
            errors.add(error("label", "ne doit pas être vide"));
        }
        Integer max = body.getInteger("maxUses");
        if (max == null || max < 1) {
            errors.add(error("maxUses", max == null ? "ne doit pas être nul" : "doit être supérieur ou égal à 1"));
        }
        if (body.getString("category") == null || category(body.getString("category")) == null) {
            errors.add(error("category", "catégorie inconnue"));
        }
        String normalised = code == null ? "INV-" + UUID.randomUUID().toString().substring(0, 5).toUpperCase(Locale.ROOT)
                : code.toUpperCase(Locale.ROOT);
        if (errors.isEmpty() && codes.containsKey(normalised)) {
            errors.add(error("code", "ce code existe déjà pour ce congrès"));
        }
        if (!errors.isEmpty()) {
            StandInServices.problem(rc, 400, "Requête invalide", errors);
            return;
        }
        JsonObject created = new JsonObject().put("code", normalised).put("label", body.getString("label"))
                .put("category", body.getString("category")).put("maxUses", max).put("used", 0)
                .put("expiresAt", body.getString("expiresAt"));
        codes.put(normalised, created);
        rc.response().setStatusCode(201).putHeader("Content-Type", "application/json").end(view(created).encode());
    }

    /** InvitationService.change: same checks as a creation, never fewer places than used, category fixed once used. */
    private void changeCode(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        JsonObject c = codes.get(rc.pathParam("code"));
        if (c == null) {
            StandInServices.problem(rc, 404, "Ressource introuvable", null);
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        JsonArray errors = new JsonArray();
        if (body.getString("label") == null) {
            errors.add(error("label", "ne doit pas être vide"));
        }
        Integer max = body.getInteger("maxUses");
        if (max == null || max < 1) {
            errors.add(error("maxUses", max == null ? "ne doit pas être nul" : "doit être supérieur ou égal à 1"));
        } else if (max < c.getInteger("used")) {
            errors.add(error("maxUses", "déjà utilisé " + c.getInteger("used") + " fois : pas moins"));
        }
        if (body.getString("category") == null || category(body.getString("category")) == null) {
            errors.add(error("category", "catégorie inconnue"));
        } else if (c.getInteger("used") > 0 && !c.getString("category").equals(body.getString("category"))) {
            errors.add(error("category", "code déjà utilisé : sa catégorie ne change plus"));
        }
        if (!errors.isEmpty()) {
            StandInServices.problem(rc, 400, "Requête invalide", errors);
            return;
        }
        c.put("label", body.getString("label")).put("category", body.getString("category")).put("maxUses", max)
                .put("expiresAt", body.getString("expiresAt"));
        StandInServices.json(rc, view(c));
    }

    /** The code if it can still be used; otherwise the refusal is sent and null returned. */
    private JsonObject usable(RoutingContext rc, String typed) {
        JsonObject c = codes.get(typed.strip().toUpperCase(Locale.ROOT));
        if (c == null) {
            StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(error("invitationCode",
                    "code d'invitation inconnu : vérifiez-le")));
            return null;
        }
        String expires = c.getString("expiresAt");
        if (expires != null && !OffsetDateTime.parse(expires).toInstant().isAfter(Instant.now())) {
            StandInServices.problem(rc, 422, "Règle de gestion non respectée", new JsonArray().add(error(
                    "invitationCode", "ce code d'invitation a expiré")));
            return null;
        }
        if (c.getInteger("used") >= c.getInteger("maxUses")) {
            StandInServices.problem(rc, 422, "Règle de gestion non respectée", new JsonArray().add(error(
                    "invitationCode", "toutes les places de ce code d'invitation sont prises")));
            return null;
        }
        return c;
    }

    private JsonObject category(String code) {
        for (Object c : settings.getJsonArray("categories")) {
            if (code.equals(((JsonObject) c).getString("code"))) {
                return (JsonObject) c;
            }
        }
        return null;
    }

    private static JsonObject view(JsonObject c) {
        String expires = c.getString("expiresAt");
        return c.copy().put("remaining", Math.max(0, c.getInteger("maxUses") - c.getInteger("used")))
                .put("expired", expires != null && !OffsetDateTime.parse(expires).toInstant().isAfter(Instant.now()));
    }

    private static OffsetDateTime time(JsonObject body, String field) {
        String value = body.getString(field);
        return value == null ? null : OffsetDateTime.parse(value);
    }

    private static JsonObject category(String code, String fr, String en, long fee, Integer quota, String colour,
            boolean invitationOnly) {
        return new JsonObject().put("code", code).put("labelFr", fr).put("labelEn", en).put("feeCents", fee)
                .put("quota", quota).put("colour", colour).put("invitationOnly", invitationOnly);
    }

    private static JsonObject choice(String code, String fr, String en) {
        return new JsonObject().put("code", code).put("labelFr", fr).put("labelEn", en);
    }

    private static JsonObject error(String field, String message) {
        return new JsonObject().put("field", field).put("message", message);
    }
}
