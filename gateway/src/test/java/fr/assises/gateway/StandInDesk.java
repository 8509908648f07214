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

    private final Map<String, JsonObject> registrations = new ConcurrentHashMap<>();
    private final Map<String, String> reasons = new ConcurrentHashMap<>();
    private final Set<String> emails = ConcurrentHashMap.newKeySet();

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
