package fr.assises.gateway;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Stand-ins for the four services, answering the gateway's calls with realistic, fictional JSON for the demo
 * congress. Init arg {@code down}: comma-separated services routed to a closed port instead. Moving a session
 * updates the stand-in's state and its conflicts, as programme-service would.
 */
public class StandInServices implements QuarkusTestResourceLifecycleManager {

    public static final String CONGRESS_ID = "6f1c2a9e-0d4b-4c55-9a37-2f5d8b1e7c01";
    public static final String SLUG = "congres-2027";
    /** What the stand-ins received (method, path, body), for assertions. */
    public static final List<JsonObject> RECEIVED = new CopyOnWriteArrayList<>();

    private Vertx vertx;
    private String down = "";
    private final Map<String, JsonObject> sessions = new HashMap<>();

    @Override
    public void init(Map<String, String> initArgs) {
        down = initArgs.getOrDefault("down", "");
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        seedSessions();
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());
        router.route().handler(rc -> {
            RECEIVED.add(new JsonObject().put("method", rc.request().method().name()).put("path", rc.request().path())
                    .put("authorization", rc.request().getHeader("Authorization"))
                    .put("body", rc.body() == null ? null : rc.body().asString()));
            rc.next();
        });
        router.get("/q/health/ready").handler(rc -> json(rc, new JsonObject().put("status", "UP")));
        router.get("/api/programme/public/congresses").handler(rc -> json(rc, new JsonArray().add(congress())));
        router.get("/api/programme/public/congresses/:slug").handler(rc -> {
            if (SLUG.equals(rc.pathParam("slug"))) {
                json(rc, congress());
            } else {
                problem(rc, 404, "Congrès introuvable", null);
            }
        });
        router.get("/api/programme/public/congresses/:slug/programme").handler(this::publicProgramme);
        router.get("/api/programme/congresses/:id/sessions").handler(rc -> {
            if (!authorised(rc, "organiser")) {
                return;
            }
            json(rc, new JsonArray(new ArrayList<>(sessions.values())));
        });
        router.get("/api/programme/congresses/:id/conflicts").handler(rc -> json(rc, conflicts()));
        router.patch("/api/programme/congresses/:id/sessions/:sessionId").handler(this::move);
        router.get("/api/registration/congresses/:id/availability").handler(rc -> json(rc, availability()));
        router.get("/api/registration/me/registrations").handler(rc -> {
            if (!authorised(rc, null)) {
                return;
            }
            json(rc, new JsonArray());
        });
        router.post("/api/registration/congresses/:id/registrations").handler(this::register);
        router.get("/api/registration/congresses/:id/stats").handler(rc -> json(rc, stats()));
        router.get("/api/registration/congresses/:id/registrations").handler(rc -> json(rc, new JsonArray()
                .add(row("Camille", "Fictive", "camille.fictive@exemple.test", "Communauté de communes du Val d'Oré", "CONFIRMED"))
                .add(row("Dominique", "Imaginaire", "d.imaginaire@exemple.test", "Pays des Trois Rivières", "WAITLISTED"))));
        router.post("/api/registration/checkin").handler(rc -> {
            String token = rc.body().asJsonObject().getString("token", "");
            if (token.isBlank() || token.startsWith("X")) {
                problem(rc, 422, "Code inconnu", new JsonArray().add(new JsonObject().put("field", "token")
                        .put("message", "Aucun badge ne correspond à ce code.")));
                return;
            }
            json(rc, new JsonObject().put("registrationId", "r-1").put("status", "CONFIRMED")
                    .put("checkedInAt", "2027-06-24T08:42:00+02:00").put("alreadyCheckedIn", false)
                    .put("firstName", "Camille").put("lastName", "Fictive").put("category", "PROFESSIONNEL"));
        });
        router.get("/api/budget/congresses/:id/summary").handler(rc -> {
            if (!authorised(rc, null)) {
                return;
            }
            json(rc, budget());
        });
        router.get("/api/evaluation/congresses/:id/results").handler(rc -> json(rc, evaluation()));
        router.get("/api/evaluation/congresses/:id/my-survey").handler(rc -> json(rc, new JsonObject()
                .put("questionnaireId", "q-1").put("url", "/api/evaluation/public/surveys/abc").put("answered", false)));
        router.route().last().handler(rc -> problem(rc, 404, "Introuvable", null));
        HttpServer server = vertx.createHttpServer().requestHandler(router);
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            String up = "http://127.0.0.1:" + server.actualPort();
            String closed = "http://127.0.0.1:" + closedPort();
            Map<String, String> config = new HashMap<>();
            for (String service : List.of("programme", "registration", "budget", "evaluation")) {
                config.put("assises.gateway.routes." + service, down.contains(service) ? closed : up);
            }
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("stand-in services did not start", e);
        }
    }

    /** 401 without a bearer token, 403 when {@code role} is given and the token's payload lacks it. */
    private static boolean authorised(RoutingContext rc, String role) {
        String auth = rc.request().getHeader("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            problem(rc, 401, "Authentification requise", null);
            return false;
        }
        if (role != null) {
            String[] parts = auth.substring(7).split("\\.");
            String payload = parts.length > 1
                    ? new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8) : "";
            if (!payload.contains("\"" + role + "\"") && !payload.contains("\"admin\"")) {
                problem(rc, 403, "Accès refusé", null);
                return false;
            }
        }
        return true;
    }

    private void publicProgramme(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String theme = request.getParam("theme");
        String room = request.getParam("room");
        String kind = request.getParam("kind");
        JsonArray list = new JsonArray();
        sessions.values().stream()
                .filter(s -> theme == null || s.getJsonArray("themes").contains(theme))
                .filter(s -> room == null || room.equals(s.getString("roomId")))
                .filter(s -> kind == null || kind.equals(s.getString("kind")))
                .sorted((a, b) -> a.getString("start").compareTo(b.getString("start")))
                .forEach(list::add);
        json(rc, new JsonObject().put("congressId", CONGRESS_ID).put("release", 3).put("sessions", list));
    }

    private void move(RoutingContext rc) {
        if (!authorised(rc, "organiser")) {
            return;
        }
        JsonObject session = sessions.get(rc.pathParam("sessionId"));
        if (session == null) {
            problem(rc, 404, "Session introuvable", null);
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        String halfDay = body.getString("halfDayCode");
        JsonObject hd = halfDays().stream().map(o -> (JsonObject) o).filter(h -> h.getString("code").equals(halfDay))
                .findFirst().orElse(null);
        if (hd == null) {
            problem(rc, 400, "Demi-journée inconnue", new JsonArray().add(new JsonObject().put("field", "halfDayCode")
                    .put("message", "Demi-journée inconnue")));
            return;
        }
        JsonObject room = rooms().stream().map(o -> (JsonObject) o)
                .filter(r -> r.getString("roomId").equals(body.getString("roomId"))).findFirst().orElseThrow();
        String day = hd.getString("date");
        session.put("halfDayCode", halfDay).put("roomId", room.getString("roomId")).put("roomName", room.getString("name"))
                .put("start", day + "T" + (hd.getString("period").equals("MORNING") ? "10:00:00+02:00" : "14:00:00+02:00"))
                .put("end", day + "T" + (hd.getString("period").equals("MORNING") ? "11:30:00+02:00" : "15:30:00+02:00"));
        json(rc, session);
    }

    private JsonArray conflicts() {
        JsonArray conflicts = new JsonArray();
        List<JsonObject> list = new ArrayList<>(sessions.values());
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                JsonObject a = list.get(i);
                JsonObject b = list.get(j);
                if (a.getString("roomId").equals(b.getString("roomId"))
                        && a.getString("halfDayCode").equals(b.getString("halfDayCode"))
                        && a.getString("start").compareTo(b.getString("end")) < 0
                        && b.getString("start").compareTo(a.getString("end")) < 0) {
                    conflicts.add(new JsonObject().put("type", "ROOM_DOUBLE_BOOKED")
                            .put("detail", "« " + a.getString("title") + " » et « " + b.getString("title")
                                    + " » occupent la même salle au même moment.")
                            .put("sessionIds", new JsonArray().add(a.getString("sessionId")).add(b.getString("sessionId"))));
                }
            }
        }
        return conflicts;
    }

    private void register(RoutingContext rc) {
        if (!authorised(rc, null)) {
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        JsonArray errors = new JsonArray();
        if (body.getString("lastName") == null) {
            errors.add(new JsonObject().put("field", "lastName").put("message", "Le nom est obligatoire."));
        }
        String email = body.getString("email");
        if (email == null || !email.contains("@")) {
            errors.add(new JsonObject().put("field", "email").put("message", "Adresse électronique invalide."));
        }
        if (body.getString("category") == null) {
            errors.add(new JsonObject().put("field", "category").put("message", "Choisissez une catégorie."));
        }
        if (!errors.isEmpty()) {
            problem(rc, 400, "Requête invalide", errors);
            return;
        }
        rc.response().setStatusCode(201).putHeader("Content-Type", "application/json").end(new JsonObject()
                .put("registrationId", "r-new").put("congressId", CONGRESS_ID).put("status", "CONFIRMED").encode());
    }

    private static void json(RoutingContext rc, Object body) {
        rc.response().putHeader("Content-Type", "application/json")
                .end(body instanceof JsonArray a ? a.encode() : ((JsonObject) body).encode());
    }

    private static void problem(RoutingContext rc, int status, String title, JsonArray errors) {
        JsonObject problem = new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                .put("detail", title);
        if (errors != null) {
            problem.put("errors", errors);
        }
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json").end(problem.encode());
    }

    static JsonArray halfDays() {
        return new JsonArray()
                .add(halfDay("J1-AM", "2027-06-24", "MORNING", "09:00", "12:30"))
                .add(halfDay("J1-PM", "2027-06-24", "AFTERNOON", "14:00", "17:30"))
                .add(halfDay("J2-AM", "2027-06-25", "MORNING", "09:00", "12:30"))
                .add(halfDay("J2-PM", "2027-06-25", "AFTERNOON", "14:00", "16:30"));
    }

    private static JsonObject halfDay(String code, String date, String period, String start, String end) {
        return new JsonObject().put("code", code).put("date", date).put("period", period)
                .put("start", date + "T" + start + ":00+02:00").put("end", date + "T" + end + ":00+02:00");
    }

    static JsonArray rooms() {
        return new JsonArray()
                .add(new JsonObject().put("roomId", "room-amphi").put("name", "Amphithéâtre Loire").put("capacity", 500))
                .add(new JsonObject().put("roomId", "room-chene").put("name", "Salle Chêne").put("capacity", 40))
                .add(new JsonObject().put("roomId", "room-tilleul").put("name", "Salle Tilleul").put("capacity", 30))
                .add(new JsonObject().put("roomId", "room-hall").put("name", "Hall des Tanneurs").put("capacity", 300));
    }

    static JsonObject congress() {
        return new JsonObject().put("congressId", CONGRESS_ID).put("slug", SLUG)
                .put("title", "3e Congrès national des développeurs territoriaux")
                .put("description", "Deux jours pour partager les pratiques du développement local.")
                .put("startDate", "2027-06-24").put("endDate", "2027-06-25").put("timeZone", "Europe/Paris")
                .put("venue", "Centre des congrès de Valbonne-sur-Loire").put("status", "OPEN")
                .put("halfDays", halfDays()).put("rooms", rooms());
    }

    private void seedSessions() {
        add("s-open", "OPENING", "Ouverture du congrès", "J1-AM", "2027-06-24T09:00", "2027-06-24T09:45", "room-amphi", List.of("Gouvernance"));
        add("s-plen1", "PLENARY", "Plénière : les territoires face aux transitions", "J1-AM", "2027-06-24T10:00", "2027-06-24T12:30", "room-amphi", List.of("Transitions"));
        add("s-meal1", "MEAL", "Déjeuner du jeudi", "J1-AM", "2027-06-24T12:30", "2027-06-24T14:00", "room-hall", List.of());
        add("s-ws1", "WORKSHOP", "Atelier : coopérer entre intercommunalités", "J1-PM", "2027-06-24T14:00", "2027-06-24T15:30", "room-chene", List.of("Coopération"));
        add("s-ws2", "WORKSHOP", "Atelier : financer un projet avec les fonds européens", "J1-PM", "2027-06-24T14:00", "2027-06-24T15:30", "room-tilleul", List.of("Financements"));
        add("s-forum", "FORUM", "Forum des initiatives locales", "J1-PM", "2027-06-24T16:00", "2027-06-24T17:30", "room-hall", List.of("Coopération"));
        add("s-ws3", "WORKSHOP", "Atelier : évaluer une politique locale", "J2-AM", "2027-06-25T09:00", "2027-06-25T10:30", "room-chene", List.of("Évaluation"));
        add("s-rt", "ROUND_TABLE", "Table ronde : élus et techniciens", "J2-AM", "2027-06-25T11:00", "2027-06-25T12:30", "room-amphi", List.of("Gouvernance"));
        add("s-close", "CLOSING", "Clôture", "J2-PM", "2027-06-25T14:00", "2027-06-25T15:00", "room-amphi", List.of());
        sessions.get("s-ws1").put("seriesId", "series-j1pm").put("speakers", new JsonArray()
                .add(new JsonObject().put("name", "Claude Exemple").put("organisation", "Agence fictive de développement")));
        sessions.get("s-ws2").put("seriesId", "series-j1pm");
    }

    private void add(String id, String kind, String title, String halfDay, String start, String end, String roomId,
            List<String> themes) {
        JsonObject room = rooms().stream().map(o -> (JsonObject) o).filter(r -> r.getString("roomId").equals(roomId))
                .findFirst().orElseThrow();
        sessions.put(id, new JsonObject().put("sessionId", id).put("congressId", CONGRESS_ID).put("kind", kind)
                .put("title", title).put("halfDayCode", halfDay).put("start", start + ":00+02:00")
                .put("end", end + ":00+02:00").put("roomId", roomId).put("roomName", room.getString("name"))
                .put("capacity", room.getInteger("capacity")).put("themes", new JsonArray(themes))
                .put("status", "SCHEDULED"));
    }

    static JsonObject availability() {
        return new JsonObject().put("congressId", CONGRESS_ID).put("capacity", 500).put("remaining", 137).put("open", true)
                .put("closesAt", "2027-06-10T23:59:00+02:00")
                .put("categories", new JsonArray()
                        .add(new JsonObject().put("code", "PROFESSIONNEL").put("label", "Professionnel").put("feeCents", 12000))
                        .add(new JsonObject().put("code", "ELU").put("label", "Élu").put("feeCents", 9000))
                        .add(new JsonObject().put("code", "ETUDIANT").put("label", "Étudiant ou demandeur d'emploi").put("feeCents", 3000)))
                .put("days", new JsonArray().add("2027-06-24").add("2027-06-25"))
                .put("workshops", new JsonArray()
                        .add(option("s-ws1", "Atelier : coopérer entre intercommunalités", "J1-PM", "2027-06-24T14:00", "2027-06-24T15:30", "series-j1pm", 40, 12))
                        .add(option("s-ws2", "Atelier : financer un projet avec les fonds européens", "J1-PM", "2027-06-24T14:00", "2027-06-24T15:30", "series-j1pm", 30, 0))
                        .add(option("s-ws3", "Atelier : évaluer une politique locale", "J2-AM", "2027-06-25T09:00", "2027-06-25T10:30", null, 40, 25)))
                .put("meals", new JsonArray()
                        .add(option("s-meal1", "Déjeuner du jeudi", "J1-AM", "2027-06-24T12:30", "2027-06-24T14:00", null, 300, 42)));
    }

    private static JsonObject option(String id, String title, String halfDay, String start, String end, String series,
            int capacity, int remaining) {
        return new JsonObject().put("sessionId", id).put("title", title).put("halfDayCode", halfDay)
                .put("start", start + ":00+02:00").put("end", end + ":00+02:00").put("seriesId", series)
                .put("capacity", capacity).put("remaining", remaining).put("waitlist", remaining == 0 ? 4 : 0);
    }

    private static JsonObject row(String first, String last, String email, String organisation, String status) {
        return new JsonObject().put("registrationId", "r-" + last.toLowerCase()).put("firstName", first)
                .put("lastName", last).put("email", email).put("organisation", organisation)
                .put("category", "PROFESSIONNEL").put("status", status);
    }

    static JsonObject stats() {
        return new JsonObject().put("total", 371).put("confirmed", 363).put("waitlisted", 4).put("cancelled", 4)
                .put("checkedIn", 0)
                .put("byCategory", new JsonObject().put("PROFESSIONNEL", 251).put("ELU", 78).put("ETUDIANT", 34))
                .put("byDay", new JsonObject().put("2027-06-24", 352).put("2027-06-25", 331))
                .put("workshops", new JsonArray()
                        .add(fill("s-ws1", "Atelier : coopérer entre intercommunalités", 40, 28, 0))
                        .add(fill("s-ws2", "Atelier : financer un projet avec les fonds européens", 30, 30, 4))
                        .add(fill("s-ws3", "Atelier : évaluer une politique locale", 40, 15, 0)))
                .put("meals", new JsonArray().add(fill("s-meal1", "Déjeuner du jeudi", 300, 258, 0)));
    }

    private static JsonObject fill(String id, String title, int capacity, int confirmed, int waitlisted) {
        return new JsonObject().put("sessionId", id).put("title", title).put("capacity", capacity)
                .put("confirmed", confirmed).put("waitlisted", waitlisted);
    }

    static JsonObject budget() {
        return new JsonObject().put("budgetId", "b-1").put("congressId", CONGRESS_ID).put("status", "PROVISIONAL")
                .put("version", 7).put("chargesCents", 9_850_000L).put("produitsCents", 10_020_000L)
                .put("balanceCents", 170_000L)
                .put("lines", new JsonArray()
                        .add(line("l1", "CHARGE", "613", "Location du centre des congrès", null, 3_200_000L, 3_200_000L))
                        .add(line("l2", "CHARGE", "625", "Restauration des participants", null, 4_150_000L, 1_200_000L))
                        .add(line("l3", "CHARGE", "622", "Intervenants et animation", null, 2_500_000L, 600_000L))
                        .add(line("l4", "PRODUIT", "706", "Droits d'inscription", null, 4_020_000L, 3_100_000L))
                        .add(line("l5", "PRODUIT", "74", "Subvention de l'État (agence fictive)", "Agence nationale fictive", 3_000_000L, 1_500_000L))
                        .add(line("l6", "PRODUIT", "74", "Subvention régionale", "Région imaginaire", 2_000_000L, 0L))
                        .add(line("l7", "PRODUIT", "74", "Fonds européens (programme fictif)", "Programme européen fictif", 1_000_000L, 0L)))
                .put("scenarios", new JsonArray()
                        .add(new JsonObject().put("name", "400 participants").put("chargesCents", 9_300_000L).put("produitsCents", 9_000_000L).put("balanceCents", -300_000L))
                        .add(new JsonObject().put("name", "500 participants").put("chargesCents", 9_850_000L).put("produitsCents", 10_020_000L).put("balanceCents", 170_000L)));
    }

    private static JsonObject line(String id, String kind, String account, String label, String funder,
            long provisional, long actual) {
        return new JsonObject().put("lineId", id).put("kind", kind).put("account", account).put("label", label)
                .put("funder", funder).put("provisionalCents", provisional).put("actualCents", actual);
    }

    static JsonObject evaluation() {
        return new JsonObject().put("questionnaireId", "q-1").put("responseCount", 214).put("invitedCount", 363)
                .put("responseRate", 0.59).put("satisfaction", 4.2)
                .put("sessions", new JsonArray()
                        .add(new JsonObject().put("sessionId", "s-plen1").put("title", "Plénière : les territoires face aux transitions").put("average", 4.4).put("count", 190))
                        .add(new JsonObject().put("sessionId", "s-ws1").put("title", "Atelier : coopérer entre intercommunalités").put("average", 4.6).put("count", 31))
                        .add(new JsonObject().put("sessionId", "s-rt").put("title", "Table ronde : élus et techniciens").put("average", 3.7).put("count", 150)))
                .put("indicators", new JsonArray()
                        .add(new JsonObject().put("code", "PARTICIPATION").put("label", "Participants présents").put("value", 363.0).put("target", 450.0).put("unit", "pers."))
                        .add(new JsonObject().put("code", "SATISFACTION").put("label", "Satisfaction globale").put("value", 4.2).put("target", 4.0).put("unit", "/5")));
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
