package fr.assises.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * registration-service's organiser desk as the gateway sees it: OrganiserRegistrationsResource (one registration
 * as RegistrationView, cancelling with a reason, the reason) and ImportResource (CSV with dryRun, ImportResult, the
 * 422 listing errors as "ligne N : colonne X", e-mails already registered left out), with the same refusals.
 */
final class StandInDesk {

    static final String CAMILLE = UUID.nameUUIDFromBytes("camille.fictive@exemple.test"
            .getBytes(StandardCharsets.UTF_8)).toString();

    /** Sacha Exemple's registration, listed as a late change once catering is frozen (StandInCheckin). */
    static final String SACHA = "4e910000-0000-4000-8000-000000000003";

    private final Map<String, JsonObject> registrations = new ConcurrentHashMap<>();
    private final Map<String, String> reasons = new ConcurrentHashMap<>();
    private final Set<String> emails = ConcurrentHashMap.newKeySet();
    private final Map<String, String> byKey = new ConcurrentHashMap<>();
    /** Invitation e-mails asked for by registrations added by hand. */
    final java.util.concurrent.atomic.AtomicInteger invitations = new java.util.concurrent.atomic.AtomicInteger();

    /** Fees of the congress's categories (StandInSettings), the student quota being reached. */
    static final Map<String, Integer> CATEGORIES = Map.of("PROFESSIONNEL", 12000, "ELU", 9000, "ETUDIANT", 3000,
            "INTERVENANT", 0);
    /** The workshops StandInServices' availability offers. */
    static final Map<String, String> WORKSHOPS = Map.of(
            "5e551000-0000-4000-8000-000000000001", "Atelier : coopérer entre intercommunalités",
            "5e551000-0000-4000-8000-000000000002", "Atelier : financer un projet avec les fonds européens",
            "5e551000-0000-4000-8000-000000000003", "Atelier : évaluer une politique locale");

    StandInDesk() {
        registrations.put(CAMILLE, new JsonObject().put("id", CAMILLE).put("congressId", StandInServices.CONGRESS_ID)
                .put("participantId", "p-camille").put("status", "CONFIRMED").put("category", "ELU")
                .put("feeCents", 9000).put("days", new JsonArray().add("2027-06-24").add("2027-06-25"))
                .put("meals", new JsonArray().add(new JsonObject().put("sessionId", UUID.randomUUID().toString())
                        .put("title", "Déjeuner du 24 juin").put("status", "CONFIRMED")))
                .put("workshops", new JsonArray().add(new JsonObject().put("sessionId", UUID.randomUUID().toString())
                        .put("title", "Atelier mobilités rurales").put("rank", 2).put("status", "WAITLISTED")
                        .put("waitlistPosition", 3)))
                .put("language", "fr")
                .put("person", new JsonObject().put("firstName", "Camille").put("lastName", "Fictive")
                        .put("email", "camille.fictive@exemple.test")
                        .put("organisation", "Communauté de communes du Val d'Oré")
                        .put("territoryType", "INTERCOMMUNALITE").put("dietaryNeeds", "végétarien"))
                .put("lateChange", true).put("anonymised", false).put("source", "IMPORT")
                .put("createdAt", "2027-03-02T10:15:00+01:00").put("version", 3));
        emails.add("camille.fictive@exemple.test");
        // promoted from the meal's waiting list after the catering freeze: a late change in StandInCheckin's view
        registrations.put(SACHA, new JsonObject().put("id", SACHA).put("congressId", StandInServices.CONGRESS_ID)
                .put("participantId", "p-sacha").put("status", "CONFIRMED").put("category", "PROFESSIONNEL")
                .put("feeCents", 12000).put("days", new JsonArray().add("2027-06-24"))
                .put("meals", new JsonArray().add(new JsonObject().put("sessionId", StandInCheckin.MEAL)
                        .put("title", "Déjeuner du jeudi").put("status", "CONFIRMED")))
                .put("workshops", new JsonArray()).put("language", "fr")
                .put("person", new JsonObject().put("firstName", "Sacha").put("lastName", "Exemple")
                        .put("email", "sacha.exemple@exemple.test").put("territoryType", "COMMUNE")
                        .put("dietaryNeeds", "sans gluten"))
                .put("lateChange", true).put("anonymised", false).put("source", "SELF")
                .put("createdAt", "2027-04-12T18:40:00+02:00").put("version", 4));
    }

    void register(Router router) {
        router.get("/api/registration/manage/registrations/:id").handler(rc -> withRegistration(rc,
                r -> StandInServices.json(rc, r)));
        router.get("/api/registration/manage/registrations/:id/cancel-reason").handler(rc -> withRegistration(rc,
                r -> StandInServices.json(rc, new JsonObject().put("reason", reasons.get(r.getString("id"))))));
        router.delete("/api/registration/manage/registrations/:id").handler(rc -> withRegistration(rc, r -> {
            String reason = rc.request().getParam("reason");
            if (reason != null && reason.length() > 500) {
                StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(new JsonObject()
                        .put("field", "cancel.reason").put("message", "la taille doit être comprise entre 0 et 500")));
                return;
            }
            r.put("status", "CANCELLED");
            if (reason != null) {
                reasons.put(r.getString("id"), reason);
            }
            StandInServices.json(rc, r);
        }));
        router.post("/api/registration/congresses/:id/manage/imports").handler(this::importCsv);
        router.put("/api/registration/manage/registrations/:id").handler(rc -> withRegistration(rc, r -> {
            JsonObject body = rc.body().asJsonObject();
            if (refused(rc, body, r.getString("category"))) {
                return;
            }
            apply(r, body);
            r.put("version", r.getInteger("version", 1) + 1);
            StandInServices.json(rc, r);
        }));
        router.post("/api/registration/congresses/:id/manage/registrations").handler(this::add);
    }

    /**
     * A registration added by hand, as OrganiserRegistrationsResource does it: source ORGANISER, an invitation
     * e-mail asked for (counted in {@link #invitations}); the same Idempotency-Key again answers the first one.
     */
    private void add(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        if (body.getJsonArray("days") == null || body.getJsonArray("days").isEmpty()) {
            StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(new JsonObject()
                    .put("field", "days").put("message", "ne doit pas être vide")));
            return;
        }
        if (body.getString("category") == null) {
            StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(new JsonObject()
                    .put("field", "category").put("message", "ne doit pas être vide")));
            return;
        }
        if (refused(rc, body, null)) {
            return;
        }
        String key = rc.request().getHeader("Idempotency-Key");
        if (key != null && byKey.containsKey(key)) {
            rc.response().setStatusCode(200);
            StandInServices.json(rc, registrations.get(byKey.get(key)));
            return;
        }
        String id = UUID.randomUUID().toString();
        JsonObject r = new JsonObject().put("id", id).put("congressId", rc.pathParam("id"))
                .put("participantId", UUID.randomUUID().toString()).put("status", "CONFIRMED")
                .put("lateChange", false).put("anonymised", false).put("source", "ORGANISER")
                .put("createdAt", "2027-05-02T10:15:00+02:00").put("version", 1);
        apply(r, body);
        registrations.put(id, r);
        if (key != null) {
            byKey.put(key, id);
        }
        invitations.incrementAndGet();
        rc.response().setStatusCode(201).putHeader("Location", "/api/registration/manage/registrations/" + id);
        StandInServices.json(rc, r);
    }

    /** The refusals registration-service gives a change or a hand-made registration, with its field paths. */
    private static boolean refused(RoutingContext rc, JsonObject body, String current) {
        JsonObject person = body.getJsonObject("person");
        if (person != null) {
            for (String field : new String[] {"firstName", "lastName", "email"}) {
                if (person.getString(field) == null || person.getString(field).isBlank()) {
                    StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(new JsonObject()
                            .put("field", "person." + field).put("message", "ne doit pas être vide")));
                    return true;
                }
            }
            if (!person.getString("email").matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(new JsonObject()
                        .put("field", "person.email")
                        .put("message", "doit être une adresse électronique syntaxiquement correcte")));
                return true;
            }
        }
        String category = body.getString("category");
        if (category != null && !CATEGORIES.containsKey(category)) {
            StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(new JsonObject()
                    .put("field", "category").put("message", "catégorie inconnue")));
            return true;
        }
        if ("ETUDIANT".equals(category) && !category.equals(current)) {
            rc.response().setStatusCode(422).putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("title", "Règle métier non respectée").put("status", 422)
                            .put("detail", "Le quota de la catégorie ETUDIANT est atteint.").encode());
            return true;
        }
        JsonObject answers = body.getJsonObject("answers");
        Object transport = answers == null ? null : answers.getValue(StandInSettings.QUESTION_TRANSPORT);
        if (transport != null && !String.valueOf(transport).matches("C[123]")) {
            StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(new JsonObject()
                    .put("field", "answers." + StandInSettings.QUESTION_TRANSPORT)
                    .put("message", "« Comment venez-vous au congrès ? » : choix inconnu : " + transport)));
            return true;
        }
        JsonArray workshops = body.getJsonArray("workshops", new JsonArray());
        for (Object w : workshops) {
            String session = ((JsonObject) w).getString("sessionId");
            if (!WORKSHOPS.containsKey(session)) {
                StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(new JsonObject()
                        .put("field", "workshops").put("message", "session inconnue : " + session)));
                return true;
            }
        }
        return false;
    }

    /** The registration after the change: titles and states of its sessions, fee of its category. */
    private static void apply(JsonObject r, JsonObject body) {
        if (body.getJsonObject("person") != null) {
            r.put("person", body.getJsonObject("person").copy());
        }
        if (body.getString("category") != null) {
            r.put("category", body.getString("category")).put("feeCents", CATEGORIES.get(body.getString("category")));
        }
        if (body.getString("language") != null) {
            r.put("language", body.getString("language"));
        }
        if (body.getJsonArray("days") != null) {
            r.put("days", body.getJsonArray("days").copy());
        }
        if (body.getJsonArray("meals") != null) {
            JsonArray meals = new JsonArray();
            body.getJsonArray("meals").forEach(m -> meals.add(new JsonObject().put("sessionId", m)
                    .put("title", "Déjeuner du jeudi").put("status", "CONFIRMED")));
            r.put("meals", meals);
        }
        if (body.getJsonArray("workshops") != null) {
            JsonArray workshops = new JsonArray();
            body.getJsonArray("workshops").forEach(w -> {
                JsonObject choice = (JsonObject) w;
                String session = choice.getString("sessionId");
                boolean full = "5e551000-0000-4000-8000-000000000002".equals(session);
                workshops.add(new JsonObject().put("sessionId", session).put("title", WORKSHOPS.get(session))
                        .put("rank", 1).put("firstChoiceSessionId", session)
                        .put("secondChoiceSessionId", choice.getString("secondChoiceSessionId"))
                        .put("status", full ? "WAITLISTED" : "CONFIRMED").put("waitlistPosition", full ? 1 : null));
            });
            r.put("workshops", workshops);
        }
        if (body.containsKey("answers")) {
            r.put("answers", body.getJsonObject("answers") == null ? new JsonObject()
                    : body.getJsonObject("answers").copy());
        }
    }

    private void withRegistration(RoutingContext rc, java.util.function.Consumer<JsonObject> then) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        JsonObject r = registrations.get(rc.pathParam("id"));
        if (r == null) {
            rc.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("title", "Ressource introuvable").put("status", 404)
                            .put("detail", "Inscription introuvable.").encode());
            return;
        }
        then.accept(r);
    }

    /** CSV only, columns nom;prenom;email;categorie;jours: enough to show the pages every answer the service gives. */
    private void importCsv(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        boolean dryRun = "true".equals(rc.request().getParam("dryRun"));
        String[] lines = rc.body().asString(StandardCharsets.UTF_8.name()).replace("\uFEFF", "").split("\r?\n");
        if (lines.length < 2 || !lines[0].startsWith("nom;prenom;email")) {
            StandInServices.problem(rc, 400, "Colonne obligatoire absente : email.", null);
            return;
        }
        JsonArray created = new JsonArray();
        JsonArray skipped = new JsonArray();
        JsonArray errors = new JsonArray();
        Set<String> seen = new java.util.HashSet<>(emails);
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(";", -1);
            if (cells.length < 5) {
                continue;
            }
            String email = cells[2].toLowerCase();
            if (seen.contains(email)) {
                skipped.add(new JsonObject().put("line", i + 1).put("email", cells[2])
                        .put("reason", "Déjà inscrit(e) à ce congrès avec cette adresse."));
                continue;
            }
            if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                errors.add(new JsonObject().put("field", "ligne " + (i + 1) + " : colonne email")
                        .put("message", "doit être une adresse électronique syntaxiquement correcte"));
                continue;
            }
            seen.add(email);
            created.add(new JsonObject().put("line", i + 1).put("lastName", cells[0]).put("firstName", cells[1])
                    .put("email", cells[2]).put("category", cells[3])
                    .put("registrationId", dryRun ? null : UUID.randomUUID().toString())
                    .put("status", dryRun ? null : "CONFIRMED"));
        }
        if (!errors.isEmpty()) {
            JsonObject problem = new JsonObject().put("type", "about:blank").put("title", "Règle non respectée")
                    .put("status", 422).put("detail", errors.size() + " erreur(s) : rien n’a été importé.")
                    .put("errors", errors);
            rc.response().setStatusCode(422).putHeader("Content-Type", "application/problem+json")
                    .end(problem.encode());
            return;
        }
        if (!dryRun) {
            created.forEach(l -> emails.add(((JsonObject) l).getString("email").toLowerCase()));
        }
        rc.response().setStatusCode(!dryRun && !created.isEmpty() ? 201 : 200)
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("dryRun", dryRun).put("created", created.size()).put("lines", created)
                        .put("skipped", skipped).encode());
    }
}
