package fr.assises.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * registration-service's check-in points (CheckinResource: PointCounts, CheckinResult, a 422 on
 * {@code checkpoint} for a point not in the programme, 404 for an unknown badge) and its catering freeze
 * (CateringResource: CateringView, 201 on a snapshot, 422 for a congress without meals), as the gateway sees them.
 * Badge codes starting {@code OK-} are known; {@code -AGAIN} was already scanned there, {@code -AILLEURS} had no
 * seat at that point.
 */
final class StandInCheckin {

    static final String WORKSHOP = "5e551000-0000-4000-8000-000000000001";
    static final String MEAL = "5e551000-0000-4000-8000-000000000006";
    static final String UNKNOWN_POINT = "Point d'accueil inconnu : choisissez l'entrée, un atelier ou un repas du programme.";

    private final Map<String, JsonObject> points = new LinkedHashMap<>();
    private final AtomicBoolean frozen = new AtomicBoolean();
    /** Set by a test: the programme holds no meal any more, so registration-service refuses to freeze (422). */
    static final AtomicBoolean NO_MEAL = new AtomicBoolean();

    StandInCheckin() {
        points.put("ENTRANCE", point("ENTRANCE", "ENTRANCE", null, null, null, null, 363, 2, 0));
        points.put(MEAL, point(MEAL, "MEAL", MEAL, "Déjeuner du jeudi", "2027-06-24T12:30:00+02:00", "Hall des Tilleuls",
                300, 0, 0));
        points.put(WORKSHOP, point(WORKSHOP, "WORKSHOP", WORKSHOP, "Atelier : coopérer entre intercommunalités",
                "2027-06-24T14:00:00+02:00", "Salle Chêne", 25, 17, 1));
    }

    private static JsonObject point(String checkpoint, String kind, String sessionId, String title, String start,
            String room, long expected, long arrived, long unexpected) {
        return new JsonObject().put("checkpoint", checkpoint).put("kind", kind).put("sessionId", sessionId)
                .put("title", title).put("startAt", start).put("roomName", room).put("expected", expected)
                .put("arrived", arrived).put("unexpected", unexpected).put("noShows", expected - (arrived - unexpected));
    }

    void register(Router router) {
        router.post("/api/registration/congresses/:id/check-ins").handler(this::checkIn);
        router.get("/api/registration/congresses/:id/check-ins/points").handler(rc -> {
            if (StandInServices.authorised(rc, "partner")) {
                StandInServices.json(rc, new JsonArray(points.values().stream().map(JsonObject::copy).toList()));
            }
        });
        router.get("/api/registration/congresses/:id/manage/catering").handler(rc -> {
            if (StandInServices.authorised(rc, "organiser")) {
                StandInServices.json(rc, catering());
            }
        });
        router.post("/api/registration/congresses/:id/manage/catering/snapshots").handler(rc -> {
            if (!StandInServices.authorised(rc, "organiser")) {
                return;
            }
            if (NO_MEAL.get() || !StandInServices.CONGRESS_ID.equals(rc.pathParam("id"))) {
                rc.response().setStatusCode(422).putHeader("Content-Type", "application/problem+json")
                        .end(new JsonObject().put("title", "Règle métier non respectée").put("status", 422)
                                .put("detail", "Aucun repas au programme publié : il n'y a rien à geler.").encode());
                return;
            }
            frozen.set(true);
            rc.response().setStatusCode(201).putHeader("Content-Type", "application/json")
                    .putHeader("Location", "/api/registration/congresses/" + StandInServices.CONGRESS_ID + "/manage/catering")
                    .end(catering().encode());
        });
        router.get("/api/registration/congresses/:id/manage/badge-batches").handler(this::badgeBatches);
    }

    /** BadgeService.Batches: 371 confirmed people in files of 50, or the 404 of a congress with nobody confirmed. */
    private void badgeBatches(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        if (!StandInServices.CONGRESS_ID.equals(rc.pathParam("id"))) {
            rc.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("title", "Ressource introuvable").put("status", 404)
                            .put("detail", "Aucune inscription confirmée.").encode());
            return;
        }
        String[] names = {"Abadie", "Bertin", "Carrel", "Delorme", "Fabre", "Gautier", "Hamon", "Jourdan", "Lambert",
            "Marchal", "Noël", "Perrin", "Roussel", "Texier", "Vidal", "Zimmer"};
        JsonArray batches = new JsonArray();
        int total = 371;
        for (int from = 1, n = 1; from <= total; from += 50, n++) {
            int to = Math.min(from + 49, total);
            batches.add(new JsonObject().put("number", n).put("from", from).put("to", to)
                    .put("firstLastName", names[2 * (n - 1)]).put("lastLastName", names[2 * (n - 1) + 1]));
        }
        StandInServices.json(rc, new JsonObject().put("size", 50).put("total", total).put("batches", batches));
    }

    private void checkIn(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        String token = body.getString("token", "");
        String checkpoint = body.getString("checkpoint");
        if (token.isBlank()) {
            StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(error("token", "ne doit pas être vide")));
            return;
        }
        if (checkpoint != null && !checkpoint.matches("[A-Za-z0-9_:-]{1,80}")) {
            StandInServices.problem(rc, 400, "Requête invalide",
                    new JsonArray().add(error("checkpoint", "doit correspondre à \"[A-Za-z0-9_:-]{1,80}\"")));
            return;
        }
        String at = checkpoint == null ? "ENTRANCE" : checkpoint;
        if (!points.containsKey(at)) {
            rc.response().setStatusCode(422).putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("title", "Règle métier non respectée").put("status", 422)
                            .put("detail", UNKNOWN_POINT)
                            .put("errors", new JsonArray().add(error("checkpoint", UNKNOWN_POINT))).encode());
            return;
        }
        if (!token.startsWith("OK-")) {
            rc.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("title", "Ressource introuvable").put("status", 404)
                            .put("detail", "Badge inconnu ou falsifié.").encode());
            return;
        }
        boolean again = token.endsWith("-AGAIN");
        boolean expected = "ENTRANCE".equals(at) || !token.contains("-AILLEURS");
        if (!again) {
            JsonObject p = points.get(at);
            synchronized (points) {
                p.put("arrived", p.getLong("arrived") + 1);
                if (expected) {
                    p.put("noShows", Math.max(0, p.getLong("noShows") - 1));
                } else {
                    p.put("unexpected", p.getLong("unexpected") + 1);
                }
            }
        }
        StandInServices.json(rc, new JsonObject().put("registrationId", "4e910000-0000-4000-8000-000000000001").put("name", "Camille Fictive")
                .put("organisation", "Communauté de communes du Val d'Oré").put("category", "PROFESSIONNEL")
                .put("checkpoint", at).put("checkedInAt", again ? "2027-06-24T08:42:00+02:00" : "2027-06-24T09:05:12+02:00")
                .put("alreadyCheckedIn", again).put("expected", expected)
                .put("message", again ? "Déjà enregistré(e) à 08:42 : ce badge avait déjà été scanné ici."
                        : expected ? "Arrivée enregistrée."
                        : "Arrivée enregistrée, mais cette personne n'était pas inscrite à ce point."));
    }

    private JsonObject catering() {
        JsonObject view = new JsonObject().put("congressId", StandInServices.CONGRESS_ID)
                .put("freezeAt", "2027-06-14T23:59:00+02:00");
        if (!frozen.get()) {
            return view.putNull("snapshot")
                    .put("meals", new JsonArray().add(meal(null, null, null, 300, 0, 0)))
                    .put("lateChanges", new JsonArray());
        }
        return view.put("snapshot", new JsonObject().put("id", "5a1e7c2d-0000-4000-8000-000000000001")
                        .put("takenAt", "2027-06-15T00:00:00+02:00").put("takenBy", "SCHEDULE"))
                .put("meals", new JsonArray().add(meal(300, 4, 21, 300, 1, 1)))
                .put("lateChanges", new JsonArray()
                        .add(change("4e910000-0000-4000-8000-000000000002", "Dominique Essai", -1, "CANCELLED", "Inscription annulée", null,
                                "2027-06-16T10:15:00+02:00"))
                        .add(change("4e910000-0000-4000-8000-000000000003", "Sacha Exemple", 1, "PROMOTED",
                                "Place libérée : sortie de la liste d'attente", "sans gluten", "2027-06-16T10:15:00+02:00")));
    }

    private static JsonObject meal(Integer frozenConfirmed, Integer frozenWaitlisted, Integer frozenDiets,
            long confirmed, long added, long removed) {
        return new JsonObject().put("sessionId", MEAL).put("title", "Déjeuner du jeudi")
                .put("startAt", "2027-06-24T12:30:00+02:00").put("frozenConfirmed", frozenConfirmed)
                .put("frozenWaitlisted", frozenWaitlisted).put("frozenSpecialDiets", frozenDiets)
                .put("confirmed", confirmed).put("added", added).put("removed", removed);
    }

    private static JsonObject change(String id, String name, int delta, String reason, String label, String diet,
            String at) {
        return new JsonObject().put("registrationId", id).put("name", name).put("category", "PROFESSIONNEL")
                .put("sessionId", MEAL).put("mealTitle", "Déjeuner du jeudi").put("mealStartAt", "2027-06-24T12:30:00+02:00")
                .put("delta", delta).put("reason", reason).put("reasonLabel", label).put("dietaryNeeds", diet)
                .put("changedAt", at);
    }

    private static JsonObject error(String field, String message) {
        return new JsonObject().put("field", field).put("message", message);
    }
}
