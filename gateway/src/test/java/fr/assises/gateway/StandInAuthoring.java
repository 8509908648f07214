package fr.assises.gateway;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * programme-service's authoring API as the gateway sees it: SessionResource (create, replace, cancel, delete),
 * SpeakerResource, ThemeResource, ReleaseResource (list, preview, publish), the public releases and the room-swap
 * advice with its one-call application; the same shapes (SessionView, SpeakerView, ThemeView, ReleaseView with its
 * Changelog, RoomSwap) and the same refusals (Bean Validation 400 with {@code errors[].field}, 404, 409, 422).
 */
final class StandInAuthoring {

    /** The sessions of the released programme, which can be cancelled but not deleted. */
    private static final Set<String> RELEASED = Set.of("5e551000-0000-4000-8000-000000000007", "5e551000-0000-4000-8000-000000000004", "5e551000-0000-4000-8000-000000000006", "5e551000-0000-4000-8000-000000000001", "5e551000-0000-4000-8000-000000000002", "5e551000-0000-4000-8000-000000000008",
            "5e551000-0000-4000-8000-000000000003", "5e551000-0000-4000-8000-000000000005", "5e551000-0000-4000-8000-000000000009");

    private final Map<String, JsonObject> draft;
    private final Map<String, JsonObject> rooms;
    private final Supplier<JsonArray> conflicts;
    private final Map<String, JsonObject> speakers = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> themes = new ConcurrentHashMap<>();
    private final List<JsonObject> releases = new CopyOnWriteArrayList<>();
    /** The advised room changes, applied ones removed. */
    private final List<JsonObject> swaps = new CopyOnWriteArrayList<>();

    StandInAuthoring(Map<String, JsonObject> draft, Map<String, JsonObject> rooms, Supplier<JsonArray> conflicts) {
        this.draft = draft;
        this.rooms = rooms;
        this.conflicts = conflicts;
        speaker("5bea0000-0000-4000-8000-000000000001", "Claude Exemple", "Agence fictive de développement", true, "claude.exemple@example.test");
        speaker("5bea0000-0000-4000-8000-000000000002", "Dominique Fictif", "Communauté de communes du Val imaginaire", false, null);
        theme("7e3e0000-0000-4000-8000-000000000002", "gouvernance", "Gouvernance");
        theme("7e3e0000-0000-4000-8000-000000000001", "cooperation", "Coopération");
        releases.add(release(1, "2026-10-01T10:00:00+02:00", 9, new JsonArray().add(entry("5e551000-0000-4000-8000-000000000007", "OPENING",
                "Ouverture du congrès", "Ajoutée : jeu. 24 juin 09:00–09:45, Amphithéâtre Loire")), new JsonArray()));
        releases.add(release(2, "2026-11-02T10:00:00+01:00", 9, new JsonArray(), new JsonArray().add(entry("5e551000-0000-4000-8000-000000000002",
                "WORKSHOP", "Atelier : financer un projet avec les fonds européens",
                "Déplacée : jeu. 24 juin 16:00–17:30 → jeu. 24 juin 14:00–15:30, Salle Tilleul."))));
        swaps.add(new JsonObject().put("sessionId", "5e551000-0000-4000-8000-000000000002")
                .put("title", "Atelier : financer un projet avec les fonds européens").put("roomId", "7007a000-0000-4000-8000-000000000004")
                .put("roomName", "Salle Tilleul").put("roomCapacity", 30).put("demand", 34)
                .put("suggestedRoomId", "7007a000-0000-4000-8000-000000000002").put("suggestedRoomName", "Hall des Tanneurs")
                .put("suggestedRoomCapacity", 300).putNull("swapWithSessionId")
                .put("message", "Déplacer « Atelier : financer un projet avec les fonds européens » (34 demandes) de "
                        + "« Salle Tilleul » (30 places) vers « Hall des Tanneurs » (300 places), libre sur ce créneau."));
    }

    /** The advice as {@code GET …/attendance} lists it. */
    JsonArray roomSwaps() {
        return new JsonArray(new ArrayList<>(swaps));
    }

    void register(Router router) {
        String base = "/api/programme/congresses/:id";
        router.post(base + "/sessions").handler(rc -> organiser(rc, () -> saveSession(rc, null)));
        router.put(base + "/sessions/:sid").handler(rc -> organiser(rc, () -> saveSession(rc, rc.pathParam("sid"))));
        router.post(base + "/sessions/:sid/cancel").handler(rc -> organiser(rc, () -> cancel(rc)));
        router.delete(base + "/sessions/:sid").handler(rc -> organiser(rc, () -> deleteSession(rc)));
        router.get(base + "/speakers").handler(rc -> organiser(rc, () -> StandInServices.json(rc, list(speakers))));
        router.post(base + "/speakers").handler(rc -> organiser(rc, () -> saveSpeaker(rc, null)));
        router.put(base + "/speakers/:spid").handler(rc -> organiser(rc, () -> saveSpeaker(rc, rc.pathParam("spid"))));
        router.delete(base + "/speakers/:spid").handler(rc -> organiser(rc, () -> deleteSpeaker(rc)));
        router.get(base + "/themes").handler(rc -> organiser(rc, () -> StandInServices.json(rc, list(themes))));
        router.post(base + "/themes").handler(rc -> organiser(rc, () -> saveTheme(rc, null)));
        router.put(base + "/themes/:tid").handler(rc -> organiser(rc, () -> saveTheme(rc, rc.pathParam("tid"))));
        router.delete(base + "/themes/:tid").handler(rc -> organiser(rc, () -> deleteTheme(rc)));
        router.get(base + "/releases").handler(rc -> organiser(rc, () -> StandInServices.json(rc, newestFirst())));
        router.get(base + "/releases/preview").handler(rc -> organiser(rc, () -> StandInServices.json(rc, preview())));
        router.post(base + "/releases").handler(rc -> organiser(rc, () -> publish(rc)));
        router.post(base + "/attendance/room-swaps").handler(rc -> organiser(rc, () -> applySwap(rc)));
        router.get("/api/programme/public/congresses/:slug/releases").handler(rc -> {
            if (StandInServices.SLUG.equals(rc.pathParam("slug"))) {
                StandInServices.json(rc, newestFirst());
            } else {
                StandInServices.problem(rc, 404, "Congrès introuvable", null);
            }
        });
    }

    private static void organiser(RoutingContext rc, Runnable then) {
        if (StandInServices.authorised(rc, "organiser")) {
            then.run();
        }
    }

    // ---- sessions: SessionService's checks, in its order

    private void saveSession(RoutingContext rc, String id) {
        JsonObject existing = id == null ? null : draft.get(id);
        if (id != null && existing == null) {
            StandInServices.problem(rc, 404, "Séance introuvable", null);
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        JsonArray errors = new JsonArray();
        for (String field : List.of("kind", "start", "end")) {
            if (body.getValue(field) == null) {
                errors.add(error(field, "ne doit pas être nul"));
            }
        }
        if (body.getString("title") == null || body.getString("title").isBlank()) {
            errors.add(error("title", "ne doit pas être vide"));
        }
        Integer capacity = body.getInteger("capacity");
        if (capacity != null && capacity <= 0) {
            errors.add(error("capacity", "doit être supérieur à 0"));
        }
        if (!errors.isEmpty()) {
            StandInServices.problem(rc, 400, "Requête invalide", errors);
            return;
        }
        if (existing != null && "CANCELLED".equals(existing.getString("status"))) {
            StandInServices.problem(rc, 409, "Cette séance est annulée : elle ne peut plus être modifiée.", null);
            return;
        }
        if (existing != null && body.getLong("version") != null
                && !body.getLong("version").equals(existing.getLong("version"))) {
            StandInServices.problem(rc, 409, "La ressource a été modifiée entre-temps ; rechargez-la et recommencez.", null);
            return;
        }
        OffsetDateTime start = time(body.getString("start"));
        OffsetDateTime end = time(body.getString("end"));
        if (start == null || end == null || !end.isAfter(start)) {
            StandInServices.problem(rc, 400, "Requête invalide",
                    new JsonArray().add(error("end", "La fin de la séance doit suivre son début.")));
            return;
        }
        JsonObject halfDay = halfDayOf(start, end);
        if (halfDay == null) {
            StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(error("start",
                    "La séance doit commencer et finir dans une même demi-journée du congrès.")));
            return;
        }
        String roomId = body.getString("roomId");
        if (roomId != null && !rooms.containsKey(roomId)) {
            StandInServices.problem(rc, 400, "Requête invalide", new JsonArray().add(error("roomId", "Salle inconnue pour ce congrès.")));
            return;
        }
        for (Object speakerId : body.getJsonArray("speakerIds", new JsonArray())) {
            if (!speakers.containsKey(speakerId.toString())) {
                StandInServices.problem(rc, 400, "Requête invalide",
                        new JsonArray().add(error("speakerIds", "Intervenant·e inconnu·e pour ce congrès : " + speakerId)));
                return;
            }
        }
        String seriesId = body.getString("seriesId");
        if (seriesId != null && !"WORKSHOP".equals(body.getString("kind"))) {
            StandInServices.problem(rc, 422, "Règle non respectée", new JsonArray().add(error("kind",
                    "Une série ne réunit que des ateliers.")));
            return;
        }
        String sid = id == null ? UUID.randomUUID().toString() : id;
        JsonObject room = roomId == null ? null : rooms.get(roomId);
        JsonObject session = new JsonObject().put("id", sid).put("congressId", StandInServices.CONGRESS_ID)
                .put("kind", body.getString("kind")).put("title", body.getString("title").strip())
                .put("description", body.getString("description")).put("halfDayCode", halfDay.getString("code"))
                .put("start", start.toString()).put("end", end.toString()).put("roomId", roomId)
                .put("roomName", room == null ? null : room.getString("name"))
                .put("capacity", capacity != null ? capacity : room == null ? null : room.getInteger("capacity"))
                .put("capacityFromRoom", capacity == null && room != null).put("seriesId", seriesId)
                .put("themeIds", body.getJsonArray("themeIds", new JsonArray()))
                .put("speakerIds", body.getJsonArray("speakerIds", new JsonArray()))
                .put("moderatorId", body.getString("moderatorId")).put("status", "SCHEDULED")
                .put("version", existing == null ? 0L : existing.getLong("version") + 1);
        draft.put(sid, session);
        JsonObject answer = session.copy().put("conflicts", conflicts.get());
        if (id == null) {
            rc.response().setStatusCode(201).putHeader("Location", rc.request().path() + "/" + sid)
                    .putHeader("Content-Type", "application/json").end(answer.encode());
        } else {
            StandInServices.json(rc, answer);
        }
    }

    private void cancel(RoutingContext rc) {
        JsonObject session = draft.get(rc.pathParam("sid"));
        if (session == null) {
            StandInServices.problem(rc, 404, "Séance introuvable", null);
        } else if ("CANCELLED".equals(session.getString("status"))) {
            StandInServices.problem(rc, 409, "Cette séance est annulée : elle ne peut plus être modifiée.", null);
        } else {
            session.put("status", "CANCELLED").put("version", session.getLong("version") + 1);
            StandInServices.json(rc, session.copy().put("conflicts", conflicts.get()));
        }
    }

    private void deleteSession(RoutingContext rc) {
        String sid = rc.pathParam("sid");
        if (!draft.containsKey(sid)) {
            StandInServices.problem(rc, 404, "Séance introuvable", null);
        } else if (RELEASED.contains(sid)) {
            StandInServices.problem(rc, 409, "Cette séance figure dans un programme publié : annulez-la plutôt que "
                    + "de la supprimer, pour que les participants en soient informés.", null);
        } else {
            draft.remove(sid);
            StandInServices.json(rc, conflicts.get());
        }
    }

    // ---- speakers and themes

    private void saveSpeaker(RoutingContext rc, String id) {
        JsonObject existing = id == null ? null : speakers.get(id);
        if (id != null && existing == null) {
            StandInServices.problem(rc, 404, "Intervenant·e introuvable", null);
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        JsonArray errors = new JsonArray();
        if (body.getString("name") == null || body.getString("name").isBlank()) {
            errors.add(error("name", "ne doit pas être vide"));
        }
        String email = body.getString("email");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            errors.add(error("email", "doit être une adresse électronique syntaxiquement correcte"));
        }
        String phone = body.getString("phone");
        if (phone != null && !phone.matches("[+0-9 ().-]*")) {
            errors.add(error("phone", "chiffres, espaces et + ( ) . - seulement"));
        }
        if (!errors.isEmpty()) {
            StandInServices.problem(rc, 400, "Requête invalide", errors);
            return;
        }
        if (existing != null && body.getLong("version") != null
                && !body.getLong("version").equals(existing.getLong("version"))) {
            StandInServices.problem(rc, 409, "La ressource a été modifiée entre-temps ; rechargez-la et recommencez.", null);
            return;
        }
        String sid = id == null ? UUID.randomUUID().toString() : id;
        speakers.put(sid, new JsonObject().put("id", sid).put("congressId", StandInServices.CONGRESS_ID)
                .put("name", body.getString("name").strip()).put("organisation", body.getString("organisation"))
                .put("role", body.getString("role")).put("bio", body.getString("bio"))
                .put("publicConsent", body.getBoolean("publicConsent", false)).put("email", email).put("phone", phone)
                .put("version", existing == null ? 0L : existing.getLong("version") + 1));
        created(rc, id == null, speakers.get(sid));
    }

    private void deleteSpeaker(RoutingContext rc) {
        String id = rc.pathParam("spid");
        if (!speakers.containsKey(id)) {
            StandInServices.problem(rc, 404, "Intervenant·e introuvable", null);
        } else if (draft.values().stream().anyMatch(s -> s.getJsonArray("speakerIds", new JsonArray()).contains(id)
                || id.equals(s.getString("moderatorId")))) {
            StandInServices.problem(rc, 409, "Cet·te intervenant·e participe à une séance : retirez-le ou la de la séance d'abord.", null);
        } else {
            speakers.remove(id);
            rc.response().setStatusCode(204).end();
        }
    }

    private void saveTheme(RoutingContext rc, String id) {
        JsonObject existing = id == null ? null : themes.get(id);
        if (id != null && existing == null) {
            StandInServices.problem(rc, 404, "Thématique introuvable", null);
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        JsonArray errors = new JsonArray();
        String code = body.getString("code");
        if (code == null || !code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            errors.add(error("code", "lettres minuscules, chiffres et tirets"));
        }
        if (body.getString("name") == null || body.getString("name").isBlank()) {
            errors.add(error("name", "ne doit pas être vide"));
        }
        if (!errors.isEmpty()) {
            StandInServices.problem(rc, 400, "Requête invalide", errors);
            return;
        }
        if (themes.values().stream().anyMatch(t -> code.equals(t.getString("code")) && !t.getString("id").equals(id))) {
            StandInServices.problem(rc, 409, "Le code « " + code + " » est déjà celui d'une autre thématique.", null);
            return;
        }
        String tid = id == null ? UUID.randomUUID().toString() : id;
        themes.put(tid, new JsonObject().put("id", tid).put("congressId", StandInServices.CONGRESS_ID).put("code", code)
                .put("name", body.getString("name").strip()).put("description", body.getString("description"))
                .put("version", existing == null ? 0L : existing.getLong("version") + 1));
        created(rc, id == null, themes.get(tid));
    }

    private void deleteTheme(RoutingContext rc) {
        String id = rc.pathParam("tid");
        if (!themes.containsKey(id)) {
            StandInServices.problem(rc, 404, "Thématique introuvable", null);
        } else if (draft.values().stream().anyMatch(s -> s.getJsonArray("themeIds", new JsonArray()).contains(id))) {
            StandInServices.problem(rc, 409, "Cette thématique est attachée à au moins une séance : retirez-la des séances d'abord.", null);
        } else {
            themes.remove(id);
            rc.response().setStatusCode(204).end();
        }
    }

    // ---- releases and advice

    private JsonObject preview() {
        JsonArray added = new JsonArray();
        draft.values().stream().filter(s -> !RELEASED.contains(s.getString("id")))
                .filter(s -> !"CANCELLED".equals(s.getString("status")))
                .forEach(s -> added.add(entry(s.getString("id"), s.getString("kind"), s.getString("title"), "Ajoutée.")));
        JsonArray cancelled = new JsonArray();
        draft.values().stream().filter(s -> RELEASED.contains(s.getString("id")))
                .filter(s -> "CANCELLED".equals(s.getString("status")))
                .forEach(s -> cancelled.add(entry(s.getString("id"), s.getString("kind"), s.getString("title"), "Annulée.")));
        JsonArray blocking = new JsonArray();
        conflicts.get().stream().map(JsonObject.class::cast).filter(c -> "HARD".equals(c.getString("severity")))
                .forEach(blocking::add);
        int last = releases.size();
        return new JsonObject().put("congressId", StandInServices.CONGRESS_ID).put("since", last == 0 ? null : last)
                .put("number", last + 1).put("sessionCount", draft.size())
                .put("changelog", new JsonObject().put("added", added).put("moved", new JsonArray())
                        .put("changed", new JsonArray()).put("cancelled", cancelled))
                .put("blocking", blocking);
    }

    private void publish(RoutingContext rc) {
        JsonObject preview = preview();
        if (!preview.getJsonArray("blocking").isEmpty()) {
            JsonObject problem = new JsonObject().put("type", "about:blank").put("title", "Conflits bloquants")
                    .put("status", 422).put("detail", "Le programme ne peut pas être publié tant que des conflits "
                            + "bloquants subsistent.").put("conflicts", preview.getJsonArray("blocking"));
            rc.response().setStatusCode(422).putHeader("Content-Type", "application/problem+json").end(problem.encode());
            return;
        }
        JsonObject release = release(releases.size() + 1, OffsetDateTime.now().toString(), draft.size(),
                preview.getJsonObject("changelog").getJsonArray("added"), new JsonArray())
                .put("changelog", preview.getJsonObject("changelog"));
        releases.add(release);
        rc.response().setStatusCode(201).putHeader("Content-Type", "application/json")
                .putHeader("Location", rc.request().path() + "/" + release.getInteger("number"))
                .end(release.copy().put("conflicts", conflicts.get()).encode());
    }

    private void applySwap(RoutingContext rc) {
        JsonObject body = rc.body().asJsonObject();
        JsonArray errors = new JsonArray();
        for (String field : List.of("sessionId", "suggestedRoomId")) {
            if (body.getString(field) == null) {
                errors.add(error(field, "ne doit pas être nul"));
            }
        }
        if (!errors.isEmpty()) {
            StandInServices.problem(rc, 400, "Requête invalide", errors);
            return;
        }
        JsonObject swap = swaps.stream().filter(s -> s.getString("sessionId").equals(body.getString("sessionId"))
                && s.getString("suggestedRoomId").equals(body.getString("suggestedRoomId"))).findFirst().orElse(null);
        if (swap == null) {
            StandInServices.problem(rc, 409, "Ce changement de salle n'est plus conseillé : le programme ou les "
                    + "inscriptions ont changé depuis. Rechargez le planning.", null);
            return;
        }
        JsonObject session = draft.get(swap.getString("sessionId"));
        JsonObject room = rooms.get(swap.getString("suggestedRoomId"));
        session.put("roomId", room.getString("id")).put("roomName", room.getString("name"))
                .put("version", session.getLong("version") + 1);
        swaps.remove(swap);
        StandInServices.json(rc, new JsonObject().put("applied", swap)
                .put("sessions", new JsonArray().add(session.copy())).put("conflicts", conflicts.get()));
    }

    // ---- helpers

    private JsonArray newestFirst() {
        JsonArray list = new JsonArray();
        for (int i = releases.size() - 1; i >= 0; i--) {
            list.add(releases.get(i).copy());
        }
        return list;
    }

    private static JsonObject release(int number, String publishedAt, int sessions, JsonArray added, JsonArray moved) {
        return new JsonObject().put("congressId", StandInServices.CONGRESS_ID).put("number", number)
                .put("publishedAt", publishedAt).put("sessionCount", sessions)
                .put("changelog", new JsonObject().put("added", added).put("moved", moved)
                        .put("changed", new JsonArray()).put("cancelled", new JsonArray()));
    }

    private static JsonObject entry(String id, String kind, String title, String detail) {
        return new JsonObject().put("sessionId", id).put("kind", kind).put("title", title).put("detail", detail);
    }

    private JsonObject halfDayOf(OffsetDateTime start, OffsetDateTime end) {
        for (Object o : StandInServices.halfDays()) {
            JsonObject h = (JsonObject) o;
            if (!start.isBefore(OffsetDateTime.parse(h.getString("start")))
                    && start.isBefore(OffsetDateTime.parse(h.getString("end")))) {
                return h;
            }
        }
        return null;
    }

    private static OffsetDateTime time(String value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void created(RoutingContext rc, boolean created, JsonObject body) {
        if (created) {
            rc.response().setStatusCode(201).putHeader("Location", rc.request().path() + "/" + body.getString("id"))
                    .putHeader("Content-Type", "application/json").end(body.encode());
        } else {
            StandInServices.json(rc, body);
        }
    }

    private static JsonArray list(Map<String, JsonObject> all) {
        JsonArray list = new JsonArray();
        all.values().stream().sorted((a, b) -> a.getString("name").compareTo(b.getString("name")))
                .forEach(v -> list.add(v.copy()));
        return list;
    }

    private static JsonObject error(String field, String message) {
        return new JsonObject().put("field", field).put("message", message);
    }

    private void speaker(String id, String name, String organisation, boolean consent, String email) {
        speakers.put(id, new JsonObject().put("id", id).put("congressId", StandInServices.CONGRESS_ID).put("name", name)
                .put("organisation", organisation).put("role", "Chargé·e de mission").put("bio", null)
                .put("publicConsent", consent).put("email", email).put("phone", null).put("version", 0L));
    }

    private void theme(String id, String code, String name) {
        themes.put(id, new JsonObject().put("id", id).put("congressId", StandInServices.CONGRESS_ID).put("code", code)
                .put("name", name).put("description", null).put("version", 0L));
    }
}
