package fr.assises.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import fr.assises.common.problem.ProblemType;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Stand-ins for the four services, answering the gateway's calls on the services' real paths with the shapes of
 * their real responses (PublicCongressView, PublicProgramme, Availability, RegistrationView, BudgetView,
 * Conflict), filled with fictional data for the demo congress. Init args: {@code down} (comma-separated services
 * routed to a closed port), {@code slow} (services that accept the call and never answer) and {@code empty}
 * (services that answer 404 for the congress, as budget-service does before a budget exists).
 */
public class StandInServices implements QuarkusTestResourceLifecycleManager {

    public static final String CONGRESS_ID = "6f1c2a9e-0d4b-4c55-9a37-2f5d8b1e7c01";
    public static final String SLUG = "congres-2027";
    /** The previous edition, archived: organisers see it, evaluation-service holds its questionnaire. */
    public static final String ARCHIVED_CONGRESS_ID = "0b8e4c2d-2025-4f6a-8d1e-5c7a9b3f2e10";
    public static final String PRIVACY_VERSION = "2026-10";
    public static final String SURVEY_TOKEN = "tok-7f3a9c";
    /** The last answers evaluation-service accepted, for assertions. */
    public static final List<JsonObject> ANSWERS = new CopyOnWriteArrayList<>();
    /** What the stand-ins received (method, path, authorization, body), for assertions. */
    public static final List<JsonObject> RECEIVED = new CopyOnWriteArrayList<>();

    private Vertx vertx;
    private String down = "";
    private String slow = "";
    private String empty = "";
    private final Map<String, JsonObject> sessions = new LinkedHashMap<>();
    /** The organisers' draft: starts as the published programme, moves change only the draft. */
    private final Map<String, JsonObject> draft = new ConcurrentHashMap<>();
    /** Registrations by participant (token subject), as registration-service keeps them. */
    private final Map<String, List<JsonObject>> registrations = new ConcurrentHashMap<>();
    /** The congress as organisers edit it (CongressView with its version). */
    private final JsonObject setup = congress().put("version", 4L);
    /** Check-in points and the catering freeze (registration-service), in a stand-in of their own. */
    private final StandInCheckin checkin = new StandInCheckin();
    /** Editions organisers create or clone (programme-service's CongressResource). */
    private final StandInEditions editions = new StandInEditions();
    /** Questionnaires organisers build (evaluation-service's builder API). */
    private final StandInQuestionnaires questionnaires = new StandInQuestionnaires();
    private final StandInSurveyLife surveyLife = new StandInSurveyLife(questionnaires);
    private final StandInOutreach outreach = new StandInOutreach(questionnaires);
    /** Registration settings, custom questions and invitation codes (registration-service). */
    private final StandInSettings settings = new StandInSettings();
    /** The registrations desk: detail, cancel with a reason, import preview (registration-service). */
    private final StandInDesk desk = new StandInDesk();

    private final StandInMailings mailings = new StandInMailings();
    /** A participant's data download, erasure and calendar feed (registration-service). */
    private final StandInParticipant participant = new StandInParticipant(registrations, s -> settings.answersOf(s));
    static final StandInReminders REMINDERS = new StandInReminders();
    /** Partner editions, the archived edition's panels and the indicators organisers edit. */
    static final StandInPartners PARTNERS = new StandInPartners();
    /** The rooms as programme-service keeps them (RoomView with its version), edited on the set-up page. */
    private final Map<String, JsonObject> rooms = new ConcurrentHashMap<>();
    /** programme-service's authoring API (sessions, speakers, themes, releases, room advice) on the same draft. */
    private final StandInAuthoring authoring = new StandInAuthoring(draft, rooms, this::conflicts);
    /** The budget as budget-service keeps it: line edits change it and its totals. */
    private final JsonObject budget = budget();
    /** budget-service's editor operations (batch of lines, versions, funders) on that same budget. */
    private final StandInBudget budgetEditor = new StandInBudget(budget);

    @Override
    public void init(Map<String, String> initArgs) {
        down = initArgs.getOrDefault("down", "");
        slow = initArgs.getOrDefault("slow", "");
        empty = initArgs.getOrDefault("empty", "");
    }

    /** A real one-page PDF, as registration-service prints badges with PDFBox. */
    private static byte[] badgePdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(298, 420));
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 18);
                text.newLineAtOffset(30, 360);
                text.showText("Badge - Camille Fictive");
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        byte[] badge = badgePdf();
        seedSessions();
        ROOMS.forEach((id, room) -> rooms.put(id, new JsonObject().put("id", id).put("congressId", CONGRESS_ID)
                .put("name", room[0]).put("capacity", Integer.valueOf(room[1])).put("accessible", true)
                .put("version", 0L)));
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());
        router.route().handler(rc -> {
            RECEIVED.add(new JsonObject().put("method", rc.request().method().name()).put("path", rc.request().path())
                    .put("authorization", rc.request().getHeader("Authorization"))
                    .put("acceptLanguage", rc.request().getHeader("Accept-Language"))
                    .put("body", rc.body() == null ? null : rc.body().asString()));
            String path = rc.request().path();
            for (String service : slow.split(",")) {
                if (!service.isBlank() && path.startsWith("/api/" + service + "/")) {
                    return; // never answers: the gateway's timeout has to end the call
                }
            }
            rc.next();
        });
        PARTNERS.register(router);
        authoring.register(router);
        editions.register(router);
        budgetEditor.register(router);
        new StandInFees(budget).register(router);
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
        router.get("/api/programme/congresses/:id/conflicts").handler(rc -> {
            if (authorised(rc, "organiser")) {
                json(rc, conflicts());
            }
        });
        router.get("/api/programme/congresses").handler(rc -> {
            if (authorised(rc, "organiser")) {
                json(rc, new JsonArray().add(new JsonObject().put("id", ARCHIVED_CONGRESS_ID).put("slug", "congres-2025")
                        .put("title", "2e Congrès national des développeurs territoriaux").put("startDate", "2025-06-26")
                        .put("endDate", "2025-06-27").put("timeZone", "Europe/Paris").put("venue", "Halle fictive de Brocéliande")
                        .put("status", "ARCHIVED").put("halfDays", new JsonArray()).put("version", 7L)).add(setup.copy())
                        .addAll(new JsonArray(new ArrayList<>(editions.all()))));
            }
        });
        router.get("/api/programme/congresses/:id").handler(rc -> {
            if (authorised(rc, "organiser")) {
                json(rc, setup);
            }
        });
        router.put("/api/programme/congresses/:id").handler(this::updateCongress);
        router.get("/api/programme/congresses/:id/attendance").handler(rc -> {
            if (authorised(rc, "partner")) {
                json(rc, new JsonObject().put("congressId", CONGRESS_ID)
                        .put("sessions", new JsonArray()
                                .add(new JsonObject().put("sessionId", "5e551000-0000-4000-8000-000000000002").put("title", "Atelier : financer un projet avec les fonds européens")
                                        .put("kind", "WORKSHOP").put("halfDayCode", "J1-PM").put("roomName", "Salle Tilleul")
                                        .put("capacity", 30).put("expected", 30).put("waitlisted", 4).put("fillRate", 1.0))
                                .add(new JsonObject().put("sessionId", "5e551000-0000-4000-8000-000000000004").put("title", "Plénière : les territoires face aux transitions")
                                        .put("kind", "PLENARY").put("halfDayCode", "J1-AM").put("roomName", "Amphithéâtre Loire")
                                        .put("capacity", 500).put("expected", 352).put("waitlisted", 0).put("fillRate", 0.704)))
                        .put("roomSwaps", authoring.roomSwaps()));
            }
        });
        router.get("/api/programme/congresses/:id/rooms").handler(rc -> {
            if (authorised(rc, "organiser")) {
                JsonArray list = new JsonArray();
                rooms.values().stream().sorted((a, b) -> a.getString("id").compareTo(b.getString("id")))
                        .forEach(r -> list.add(r.copy()));
                json(rc, list);
            }
        });
        router.post("/api/programme/congresses/:id/rooms").handler(rc -> saveRoom(rc, null));
        router.put("/api/programme/congresses/:id/rooms/:rid").handler(rc -> saveRoom(rc, rc.pathParam("rid")));
        router.delete("/api/programme/congresses/:id/rooms/:rid").handler(this::deleteRoom);
        router.get("/api/programme/congresses/:id/sessions").handler(rc -> {
            if (authorised(rc, "organiser")) {
                JsonArray list = new JsonArray();
                draft.values().stream().sorted((a, b) -> time(a, "start").compareTo(time(b, "start")))
                        .forEach(list::add);
                json(rc, list);
            }
        });
        router.get("/api/programme/congresses/:id/sessions/:sid").handler(rc -> {
            if (authorised(rc, "organiser")) {
                JsonObject session = draft.get(rc.pathParam("sid"));
                if (session == null) {
                    problem(rc, 404, "Session introuvable", null);
                } else {
                    json(rc, session);
                }
            }
        });
        router.put("/api/programme/congresses/:id/sessions/:sid").handler(this::updateSession);
        settings.register(router);
        router.get("/api/registration/congresses/:id/availability").handler(rc -> json(rc, availability()));
        router.get("/api/registration/me/registrations").handler(rc -> {
            if (authorised(rc, "participant")) {
                json(rc, new JsonArray(new ArrayList<>(registrations.getOrDefault(subject(rc), List.of()))));
            }
        });
        router.post("/api/registration/me/claims").handler(this::claim);
        participant.register(router);
        // before the registration's own route: it refuses a wrong payer the way registration-service does
        new StandInBilling().register(router);
        router.post("/api/registration/congresses/:id/registrations").handler(this::register);
        router.put("/api/registration/me/registrations/:id").handler(this::change);
        router.delete("/api/registration/me/registrations/:id").handler(this::cancel);
        router.post("/api/registration/me/registrations/:id/accept-offer").handler(this::acceptOffer);
        router.get("/api/registration/congresses/:id/manage/registrations").handler(this::search);
        checkin.register(router);
        new StandInCertificates(this::mine).register(router);
        router.get("/api/registration/congresses/:id/check-ins/counts").handler(rc -> {
            if (authorised(rc, "partner")) {
                json(rc, new JsonObject().put("congressId", CONGRESS_ID).put("confirmed", 363).put("checkedIn", 2)
                        .put("categories", new JsonArray()
                                .add(new JsonObject().put("category", "PROFESSIONNEL").put("confirmed", 251).put("checkedIn", 2))
                                .add(new JsonObject().put("category", "ELU").put("confirmed", 78).put("checkedIn", 0))));
            }
        });
        router.get("/api/registration/me/registrations/:id/badge.pdf").handler(rc -> {
            if (authorised(rc, "participant") && mine(rc) != null) {
                rc.response().putHeader("Content-Type", "application/pdf")
                        .putHeader("Content-Disposition", "attachment; filename=\"badge.pdf\"").end(Buffer.buffer(badge));
            }
        });
        router.get("/api/evaluation/congresses/:id/my-survey").handler(rc -> {
            if (authorised(rc, "participant")) {
                json(rc, new JsonObject().put("questionnaireId", "9e5e0000-0000-4000-8000-000000000002").put("title", "Enquête de satisfaction 2027")
                        .put("state", "OPEN").put("answered", false).put("token", SURVEY_TOKEN)
                        .put("link", "http://127.0.0.1:8080/api/evaluation/survey/" + SURVEY_TOKEN));
            }
        });
        surveyLife.register(router);
        router.get("/api/evaluation/survey/:token").handler(rc -> {
            if (!SURVEY_TOKEN.equals(rc.pathParam("token"))) {
                problem(rc, 404, "Lien d'enquête inconnu", null);
            } else {
                json(rc, survey("en".equals(rc.request().getParam("lang"))));
            }
        });
        router.put("/api/evaluation/survey/:token/response").handler(this::answer);
        outreach.register(router);
        questionnaires.register(router);
        desk.register(router);
        mailings.register(router);
        REMINDERS.register(router);
        router.get("/api/evaluation/congresses/:id/questionnaires").handler(rc -> {
            if (authorised(rc, "organiser")) {
                if (!CONGRESS_ID.equals(rc.pathParam("id"))) {
                    json(rc, new JsonArray().addAll(questionnaires.ofCongress(rc.pathParam("id"))));
                    return;
                }
                json(rc, new JsonArray()
                        .add(new JsonObject().put("id", "9e5e0000-0000-4000-8000-000000000001").put("title", "Enquête à chaud du jeudi").put("status", "PUBLISHED")
                                .put("state", "CLOS").put("responseCount", 40))
                        .add(new JsonObject().put("id", "9e5e0000-0000-4000-8000-000000000002").put("title", "Enquête de satisfaction 2027").put("status", "PUBLISHED")
                                .put("state", "CLOS").put("responseCount", 212))
                        .addAll(questionnaires.ofCongress(rc.pathParam("id"))));
            }
        });
        router.get("/api/evaluation/congresses/:id/indicators").handler(rc -> {
            if (authorised(rc, "partner")) {
                json(rc, indicators());
            }
        });
        router.get("/api/evaluation/questionnaires/:id/results").handler(rc -> {
            if (authorised(rc, "partner")) {
                json(rc, results());
            }
        });
        router.get("/api/budget/congresses/:id/budget").handler(rc -> {
            if (authorised(rc, "partner")) {
                if (empty.contains("budget")) {
                    problem(rc, 404, "Introuvable", null);
                } else {
                    json(rc, budget);
                }
            }
        });
        router.put("/api/budget/budgets/:bid/lines/:lid").handler(this::updateLine);
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

    static JsonObject claims(RoutingContext rc) {
        String auth = rc.request().getHeader("Authorization");
        String[] parts = auth == null ? new String[0] : auth.substring(7).split("\\.");
        return parts.length > 1
                ? new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                : new JsonObject();
    }

    private static String subject(RoutingContext rc) {
        return claims(rc).getString("sub");
    }

    static String claimsSubject(RoutingContext rc) {
        return subject(rc);
    }

    /** 401 without a bearer token, 403 when the token lacks {@code role} (organisers and admins pass too). */
    /** Registrations the committee made for an e-mail, waiting to be claimed (ClaimResource's rules). */
    public static final Map<String, List<String>> UNCLAIMED = new ConcurrentHashMap<>();

    private void claim(RoutingContext rc) {
        if (!authorised(rc, "participant")) {
            return;
        }
        JsonObject token = claims(rc);
        String email = token.getString("email");
        if (email == null || email.isBlank()) {
            problem(rc, 422, "Votre compte n’a pas d’adresse e-mail.", null);
        } else if (!Boolean.TRUE.equals(token.getValue("email_verified"))) {
            problem(rc, 422, "Votre adresse e-mail n’est pas vérifiée : seule une adresse vérifiée permet de rattacher une inscription, pour que personne ne prenne celle d’un autre. Demandez au comité d’organisation de faire vérifier l’adresse de votre compte par la personne qui gère les comptes, puis déconnectez-vous et reconnectez-vous avant de réessayer.",
                    null);
        } else {
            List<String> ids = UNCLAIMED.remove(email.toLowerCase(Locale.ROOT));
            json(rc, new JsonObject().put("registrationIds", new JsonArray(ids == null ? List.of() : ids)));
        }
    }

    static boolean authorised(RoutingContext rc, String role) {
        String auth = rc.request().getHeader("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            problem(rc, 401, "Authentification requise", null);
            return false;
        }
        JsonArray roles = claims(rc).getJsonObject("realm_access", new JsonObject()).getJsonArray("roles", new JsonArray());
        boolean staff = !"participant".equals(role) && (roles.contains("organiser") || roles.contains("admin"));
        if (!roles.contains(role) && !staff) {
            problem(rc, 403, "Accès refusé", null);
            return false;
        }
        return true;
    }

    private void publicProgramme(RoutingContext rc) {
        String theme = rc.request().getParam("theme");
        String room = rc.request().getParam("room");
        String kind = rc.request().getParam("kind");
        JsonArray halfDays = new JsonArray();
        for (Object o : halfDays()) {
            JsonObject halfDay = ((JsonObject) o).copy();
            JsonArray list = new JsonArray();
            sessions.values().stream()
                    .filter(s -> s.getString("halfDayCode").equals(halfDay.getString("code")))
                    .filter(s -> theme == null || s.getJsonArray("themes").stream()
                            .anyMatch(t -> theme.equals(((JsonObject) t).getString("code"))))
                    .filter(s -> room == null || room.equals(s.getString("roomId")))
                    .filter(s -> kind == null || kind.equals(s.getString("kind")))
                    .sorted((a, b) -> a.getString("start").compareTo(b.getString("start")))
                    .forEach(list::add);
            halfDays.add(halfDay.put("sessions", list));
        }
        json(rc, new JsonObject().put("congress", congress()).put("release", 3)
                .put("publishedAt", "2026-11-02T10:00:00+01:00").put("halfDays", halfDays));
    }

    /** A fixed warning, plus a room double-booking for every two draft sessions overlapping in one room. */
    private JsonArray conflicts() {
        JsonArray conflicts = new JsonArray().add(new JsonObject().put("code", "WORKSHOP_DURING_PLENARY")
                .put("severity", "WARNING")
                .put("message", "L'atelier « Évaluer une politique locale » a lieu pendant une plénière.")
                .put("sessionIds", new JsonArray().add("5e551000-0000-4000-8000-000000000003").add("5e551000-0000-4000-8000-000000000005")));
        List<JsonObject> list = new ArrayList<>(draft.values());
        list.sort((a, b) -> a.getString("id").compareTo(b.getString("id")));
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                JsonObject a = list.get(i);
                JsonObject b = list.get(j);
                if (a.getString("roomId") != null && a.getString("roomId").equals(b.getString("roomId"))
                        && !"CANCELLED".equals(a.getString("status")) && !"CANCELLED".equals(b.getString("status"))
                        && time(a, "start").isBefore(time(b, "end")) && time(b, "start").isBefore(time(a, "end"))) {
                    conflicts.add(new JsonObject().put("code", "ROOM_DOUBLE_BOOKED").put("severity", "HARD")
                            .put("message", "« " + a.getString("title") + " » et « " + b.getString("title")
                                    + " » occupent la même salle au même moment.")
                            .put("sessionIds", new JsonArray().add(a.getString("id")).add(b.getString("id"))));
                }
            }
        }
        return conflicts;
    }

    private static OffsetDateTime time(JsonObject session, String field) {
        return OffsetDateTime.parse(session.getString(field));
    }

    /** Replaces a draft session as programme-service does: the whole request, refused when its version is stale. */
    private void updateSession(RoutingContext rc) {
        if (!authorised(rc, "organiser")) {
            return;
        }
        JsonObject session = draft.get(rc.pathParam("sid"));
        if (session == null) {
            problem(rc, 404, "Session introuvable", null);
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        for (String field : List.of("kind", "title", "start", "end")) {
            if (body.getValue(field) == null) {
                problem(rc, 400, "Requête invalide", new JsonArray().add(error(field, "ne doit pas être nul")));
                return;
            }
        }
        if (body.getLong("version") != null && body.getLong("version") != session.getLong("version")) {
            problem(rc, 409, "La session a été modifiée entre-temps : rechargez le planning.", null);
            return;
        }
        String roomId = body.getString("roomId");
        if (roomId != null && !rooms.containsKey(roomId)) {
            problem(rc, 400, "Requête invalide", new JsonArray().add(error("roomId", "Salle inconnue.")));
            return;
        }
        session.put("halfDayCode", body.getString("halfDayCode")).put("start", body.getString("start"))
                .put("end", body.getString("end")).put("roomId", roomId)
                .put("roomName", roomId == null ? null : rooms.get(roomId).getString("name"))
                .put("version", session.getLong("version") + 1);
        json(rc, session.copy().put("conflicts", conflicts()));
    }

    /**
     * Replaces the congress as programme-service's CongressService does: version checked, half-days inside the
     * dates and within one day, codes J1-AM… counted from the first day, one morning and one afternoon per day.
     */
    private void updateCongress(RoutingContext rc) {
        if (!authorised(rc, "organiser")) {
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        if (body.getLong("version") != null && !body.getLong("version").equals(setup.getLong("version"))) {
            problem(rc, 409, "La ressource a été modifiée entre-temps (version actuelle " + setup.getLong("version")
                    + ") ; rechargez-la et recommencez.", null);
            return;
        }
        JsonArray errors = new JsonArray();
        if (body.getString("title") == null || body.getString("title").isBlank()) {
            errors.add(error("title", "ne doit pas être vide"));
        }
        if (body.getString("venue") == null || body.getString("venue").isBlank()) {
            errors.add(error("venue", "ne doit pas être vide"));
        }
        if (!errors.isEmpty()) {
            problem(rc, 400, "Requête invalide", errors);
            return;
        }
        LocalDate startDate = LocalDate.parse(body.getString("startDate"));
        LocalDate endDate = LocalDate.parse(body.getString("endDate"));
        if (endDate.isBefore(startDate)) {
            problem(rc, 400, "La date de fin précède la date de début.",
                    new JsonArray().add(error("endDate", "La date de fin précède la date de début.")));
            return;
        }
        JsonArray requested = body.getJsonArray("halfDays", new JsonArray());
        List<JsonObject> result = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            JsonObject h = requested.getJsonObject(i);
            OffsetDateTime start = OffsetDateTime.parse(h.getString("start"));
            OffsetDateTime end = OffsetDateTime.parse(h.getString("end"));
            String field = "halfDays[" + i + "]";
            if (!end.isAfter(start)) {
                problem(rc, 400, "La fin de la demi-journée doit suivre son début.", new JsonArray()
                        .add(error(field + ".end", "La fin de la demi-journée doit suivre son début.")));
                return;
            }
            LocalDate day = start.toLocalDate();
            if (day.isBefore(startDate) || day.isAfter(endDate)) {
                problem(rc, 400, "La demi-journée doit se situer entre les dates du congrès.", new JsonArray()
                        .add(error(field + ".start", "La demi-journée doit se situer entre les dates du congrès.")));
                return;
            }
            boolean morning = start.getHour() < 12;
            String code = "J" + (ChronoUnit.DAYS.between(startDate, day) + 1)
                    + (morning ? "-AM" : "-PM");
            result.add(new JsonObject().put("code", code).put("date", day.toString())
                    .put("period", morning ? "MORNING" : "AFTERNOON").put("start", start.toString())
                    .put("end", end.toString()));
        }
        result.sort((a, b) -> time(a, "start").compareTo(time(b, "start")));
        for (int i = 1; i < result.size(); i++) {
            String code = result.get(i).getString("code");
            if (code.equals(result.get(i - 1).getString("code"))) {
                problem(rc, 400, "Requête invalide", new JsonArray().add(error("halfDays", "Deux demi-journées "
                        + code + " : une seule matinée et un seul après-midi par jour.")));
                return;
            }
            if (time(result.get(i), "start").isBefore(time(result.get(i - 1), "end"))) {
                problem(rc, 400, "Requête invalide", new JsonArray().add(error("halfDays", "Les demi-journées "
                        + result.get(i - 1).getString("code") + " et " + code + " se chevauchent.")));
                return;
            }
        }
        synchronized (setup) {
            setup.put("title", body.getString("title")).put("venue", body.getString("venue"))
                    .put("startDate", startDate.toString()).put("endDate", endDate.toString())
                    .put("halfDays", new JsonArray(new ArrayList<>(result)))
                    .put("status", body.getString("status") == null ? setup.getString("status") : body.getString("status"))
                    .put("version", setup.getLong("version") + 1);
        }
        json(rc, setup.copy().put("conflicts", new JsonArray()));
    }

    /** Creates ({@code id} null) or replaces a room as RoomService does: unique name, version checked. */
    private void saveRoom(RoutingContext rc, String id) {
        if (!authorised(rc, "organiser")) {
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        JsonObject room = id == null ? null : rooms.get(id);
        if (id != null && room == null) {
            problem(rc, 404, "Salle introuvable.", null);
            return;
        }
        String name = body.getString("name");
        Integer capacity = body.getInteger("capacity");
        JsonArray errors = new JsonArray();
        if (name == null || name.isBlank()) {
            errors.add(error("name", "ne doit pas être vide"));
        }
        if (capacity == null || capacity < 1) {
            errors.add(error("capacity", "doit être supérieur à 0"));
        }
        if (!errors.isEmpty()) {
            problem(rc, 400, "Requête invalide", errors);
            return;
        }
        if (room != null && body.getLong("version") != null && !body.getLong("version").equals(room.getLong("version"))) {
            problem(rc, 409, "La ressource a été modifiée entre-temps (version actuelle " + room.getLong("version")
                    + ") ; rechargez-la et recommencez.", null);
            return;
        }
        boolean taken = rooms.values().stream().anyMatch(r -> !r.getString("id").equals(id)
                && r.getString("name").equalsIgnoreCase(name.strip()));
        if (taken) {
            problem(rc, 409, "Une salle porte déjà le nom « " + name.strip() + " ».", null);
            return;
        }
        JsonObject saved = room == null ? new JsonObject().put("id", UUID.randomUUID().toString())
                .put("congressId", CONGRESS_ID).put("version", 0L) : room.put("version", room.getLong("version") + 1);
        saved.put("name", name.strip()).put("capacity", capacity).put("accessible", body.getBoolean("accessible", false));
        rooms.put(saved.getString("id"), saved);
        rc.response().setStatusCode(id == null ? 201 : 200);
        json(rc, saved.copy().put("conflicts", new JsonArray()));
    }

    /** Deletes a room, refused (409) while a draft session is in it, as RoomService does. */
    private void deleteRoom(RoutingContext rc) {
        if (!authorised(rc, "organiser")) {
            return;
        }
        JsonObject room = rooms.get(rc.pathParam("rid"));
        if (room == null) {
            problem(rc, 404, "Salle introuvable.", null);
            return;
        }
        long used = draft.values().stream().filter(s -> room.getString("id").equals(s.getString("roomId"))).count();
        if (used > 0) {
            problem(rc, 409, "La salle « " + room.getString("name") + " » accueille encore " + used
                    + (used > 1 ? " séances" : " séance") + " : déplacez-les avant de la supprimer.", null);
            return;
        }
        rooms.remove(room.getString("id"));
        json(rc, conflicts());
    }

    private void register(RoutingContext rc) {
        if (!authorised(rc, "participant")) {
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        JsonArray errors = validate(body, true);
        JsonObject consent = body.getJsonObject("consent");
        if (consent == null || !consent.getBoolean("accepted", false)) {
            errors.add(error("consent.accepted", "l'acceptation de la notice d'information est obligatoire"));
        } else if (!PRIVACY_VERSION.equals(consent.getString("version"))) {
            errors.add(error("consent.version", "Version de la notice inconnue."));
        }
        if (!errors.isEmpty()) {
            problem(rc, 400, "Requête invalide", errors);
            return;
        }
        // the student quota is full in this stand-in: such registrations wait, and a place is offered at once
        boolean waits = "ETUDIANT".equals(body.getString("category"));
        JsonObject registration = new JsonObject().put("id", UUID.randomUUID().toString())
                .put("congressId", rc.pathParam("id")).put("participantId", subject(rc))
                .put("status", waits ? "WAITLISTED" : "CONFIRMED").put("waitlistPosition", waits ? 1 : null)
                .put("offerExpiresAt", waits ? "2027-05-02T18:00:00+02:00" : null)
                .put("category", body.getString("category")).put("feeCents", 12000)
                .put("language", body.getString("language")).put("version", 1);
        apply(registration, body);
        registrations.computeIfAbsent(subject(rc), s -> new CopyOnWriteArrayList<>()).add(registration);
        rc.response().setStatusCode(201).putHeader("Content-Type", "application/json").end(registration.encode());
    }

    private void change(RoutingContext rc) {
        if (!authorised(rc, "participant")) {
            return;
        }
        JsonObject registration = mine(rc);
        if (registration == null) {
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        JsonArray errors = validate(body, false);
        if (!errors.isEmpty()) {
            problem(rc, 400, "Requête invalide", errors);
            return;
        }
        apply(registration, body);
        json(rc, registration);
    }

    private void cancel(RoutingContext rc) {
        if (!authorised(rc, "participant")) {
            return;
        }
        JsonObject registration = mine(rc);
        if (registration != null) {
            json(rc, registration.put("status", "CANCELLED"));
        }
    }

    private void acceptOffer(RoutingContext rc) {
        if (!authorised(rc, "participant")) {
            return;
        }
        JsonObject registration = mine(rc);
        if (registration == null) {
            return;
        }
        if (registration.getString("offerExpiresAt") == null) {
            problem(rc, 409, "Aucune place ne vous est proposée", null);
            return;
        }
        json(rc, registration.put("status", "CONFIRMED").put("waitlistPosition", null).putNull("offerExpiresAt"));
    }

    /** Fictional people registered by hand (the organisers' list); never shown to partners. */
    private static final List<JsonObject> LISTED = List.of(
            listed("Camille", "Fictive", "camille.fictive@exemple.test", "Communauté de communes du Val d'Oré", "PROFESSIONNEL", "CONFIRMED"),
            listed("Dominique", "Imaginaire", "d.imaginaire@exemple.test", "Pays des Trois Rivières", "ELU", "WAITLISTED"),
            listed("Sacha", "Modèle", "sacha.modele@exemple.test", "Région imaginaire", "PROFESSIONNEL", "CONFIRMED"));

    /** Custom answers of the listed registrations, by e-mail then question id (search rows do not carry them). */
    private static final Map<String, Map<String, String>> LISTED_ANSWERS = Map.of(
            "sacha.modele@exemple.test", Map.of(StandInSettings.QUESTION_TRANSPORT, "C3"),
            "camille.fictive@exemple.test", Map.of(StandInSettings.QUESTION_TRANSPORT, "C1"));

    private static JsonObject listed(String first, String last, String email, String organisation, String category,
            String status) {
        return new JsonObject().put("id", UUID.nameUUIDFromBytes(email.getBytes(StandardCharsets.UTF_8)).toString())
                .put("congressId", CONGRESS_ID).put("status", status).put("category", category).put("feeCents", 12000)
                .put("waitlistPosition", "WAITLISTED".equals(status) ? 2 : null)
                .put("person", new JsonObject().put("firstName", first).put("lastName", last).put("email", email)
                        .put("organisation", organisation));
    }

    private void search(RoutingContext rc) {
        if (!authorised(rc, "organiser")) {
            return;
        }
        String q = rc.request().getParam("q");
        String status = rc.request().getParam("status");
        String category = rc.request().getParam("category");
        String question = rc.request().getParam("question");
        String answer = rc.request().getParam("answer");
        int page = Integer.parseInt(rc.request().getParam("page", "0"));
        int size = Integer.parseInt(rc.request().getParam("size", "50"));
        List<JsonObject> found = LISTED.stream()
                .filter(r -> status == null || status.equals(r.getString("status")))
                .filter(r -> category == null || category.equals(r.getString("category")))
                .filter(r -> q == null || r.getJsonObject("person").encode().toLowerCase().contains(q.toLowerCase()))
                .filter(r -> question == null || (answer != null && answer.equals(LISTED_ANSWERS
                        .getOrDefault(r.getJsonObject("person").getString("email"), Map.of()).get(question))))
                .toList();
        JsonArray items = new JsonArray();
        found.stream().skip((long) page * size).limit(size).forEach(items::add);
        json(rc, new JsonObject().put("total", found.size()).put("page", page).put("size", size).put("items", items));
    }

    /** Another participant's registration answers 404, as registration-service does. */
    private JsonObject mine(RoutingContext rc) {
        JsonObject found = registrations.getOrDefault(subject(rc), List.of()).stream()
                .filter(r -> r.getString("id").equals(rc.pathParam("id"))).findFirst().orElse(null);
        if (found == null) {
            problem(rc, 404, "Inscription introuvable", null);
        }
        return found;
    }

    private static JsonArray validate(JsonObject body, boolean creating) {
        JsonArray errors = new JsonArray();
        JsonObject person = body.getJsonObject("person", new JsonObject());
        if (person.getString("lastName") == null) {
            errors.add(error("person.lastName", "ne doit pas être vide"));
        }
        String email = person.getString("email");
        if (email == null || !email.contains("@")) {
            errors.add(error("person.email", "doit être une adresse électronique syntaxiquement correcte"));
        }
        // as registration-service does with the information the congress settings mark REQUIRED
        if (person.getString("territoryType") == null) {
            errors.add(error("person.territoryType", "information obligatoire"));
        }
        if (creating && body.getString("category") == null) {
            errors.add(error("category", "ne doit pas être vide"));
        }
        if (body.getJsonArray("days", new JsonArray()).isEmpty()) {
            errors.add(error("days", "choisissez au moins un jour"));
        }
        return errors;
    }

    private void apply(JsonObject registration, JsonObject body) {
        registration.put("days", body.getJsonArray("days")).put("person", body.getJsonObject("person"));
        JsonArray meals = new JsonArray();
        body.getJsonArray("meals", new JsonArray()).forEach(id -> meals.add(new JsonObject().put("sessionId", id)
                .put("title", sessions.get(id).getString("title")).put("status", "CONFIRMED")));
        JsonArray workshops = new JsonArray();
        int rank = 1;
        for (Object o : body.getJsonArray("workshops", new JsonArray())) {
            String id = ((JsonObject) o).getString("sessionId");
            boolean full = "5e551000-0000-4000-8000-000000000002".equals(id);
            workshops.add(new JsonObject().put("sessionId", id).put("seriesId", sessions.get(id).getString("seriesId"))
                    .put("title", sessions.get(id).getString("title")).put("rank", rank++)
                    .put("status", full ? "WAITLISTED" : "CONFIRMED").put("waitlistPosition", full ? 5 : null));
        }
        registration.put("meals", meals).put("workshops", workshops);
    }

    private static JsonObject error(String field, String message) {
        return new JsonObject().put("field", field).put("message", message);
    }

    static void json(RoutingContext rc, Object body) {
        String encoded = body instanceof JsonArray a ? a.encode() : ((JsonObject) body).encode();
        if (!outOfContract(rc, "application/json", encoded)) {
            rc.response().putHeader("Content-Type", "application/json").end(encoded);
        }
    }

    /**
     * Checks the exchange against the service's committed OpenAPI document (request body and answer); a drift is
     * recorded and answered 500, so a test relying on a shape the real service does not have fails.
     */
    static boolean outOfContract(RoutingContext rc, String contentType, String body) {
        String method = rc.request().method().name();
        String path = rc.request().path();
        String drift = ServiceContracts.requestDrift(method, path, rc.response().getStatusCode(),
                rc.request().getHeader("Content-Type"), rc.body() == null ? null : rc.body().asString());
        if (drift == null) {
            drift = ServiceContracts.responseDrift(method, path, rc.response().getStatusCode(), contentType, body);
        }
        if (drift == null) {
            return false;
        }
        ServiceContracts.DRIFTS.add(drift);
        System.err.println("STAND-IN CONTRACT DRIFT: " + drift);
        if (!Boolean.getBoolean("assises.contracts.lenient")) {
            rc.response().setStatusCode(500).putHeader("Content-Type", "text/plain").end("stand-in drift: " + drift);
            return true;
        }
        return false;
    }

    static void problem(RoutingContext rc, int status, String title, JsonArray errors) {
        JsonObject problem = new JsonObject().put("type", ProblemType.forStatus(status).uri().toString())
                .put("title", title).put("status", status)
                .put("detail", errors == null || errors.size() != 1 ? title
                        : "Le champ « " + errors.getJsonObject(0).getString("field") + " » est invalide");
        if (errors != null) {
            problem.put("errors", errors);
        }
        rc.response().setStatusCode(status);
        if (!outOfContract(rc, "application/problem+json", problem.encode())) {
            rc.response().putHeader("Content-Type", "application/problem+json").end(problem.encode());
        }
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

    static JsonObject congress() {
        return new JsonObject().put("id", CONGRESS_ID).put("slug", SLUG)
                .put("title", "3e Congrès national des développeurs territoriaux")
                .put("startDate", "2027-06-24").put("endDate", "2027-06-25").put("timeZone", "Europe/Paris")
                .put("venue", "Centre des congrès de Valbonne-sur-Loire").put("status", "OPEN")
                .put("halfDays", halfDays());
    }

    private static final Map<String, String[]> ROOMS = Map.of(
            "7007a000-0000-4000-8000-000000000001", new String[] {"Amphithéâtre Loire", "500"},
            "7007a000-0000-4000-8000-000000000003", new String[] {"Salle Chêne", "40"},
            "7007a000-0000-4000-8000-000000000004", new String[] {"Salle Tilleul", "30"},
            "7007a000-0000-4000-8000-000000000002", new String[] {"Hall des Tanneurs", "300"});

    private void seedSessions() {
        add("5e551000-0000-4000-8000-000000000007", "OPENING", "Ouverture du congrès", "J1-AM", "2027-06-24T09:00", "2027-06-24T09:45", "7007a000-0000-4000-8000-000000000001", List.of("gouvernance"));
        add("5e551000-0000-4000-8000-000000000004", "PLENARY", "Plénière : les territoires face aux transitions", "J1-AM", "2027-06-24T10:00", "2027-06-24T12:30", "7007a000-0000-4000-8000-000000000001", List.of("transitions"));
        add("5e551000-0000-4000-8000-000000000006", "MEAL", "Déjeuner du jeudi", "J1-AM", "2027-06-24T12:30", "2027-06-24T14:00", "7007a000-0000-4000-8000-000000000002", List.of());
        add("5e551000-0000-4000-8000-000000000001", "WORKSHOP", "Atelier : coopérer entre intercommunalités", "J1-PM", "2027-06-24T14:00", "2027-06-24T15:30", "7007a000-0000-4000-8000-000000000003", List.of("cooperation"));
        add("5e551000-0000-4000-8000-000000000002", "WORKSHOP", "Atelier : financer un projet avec les fonds européens", "J1-PM", "2027-06-24T14:00", "2027-06-24T15:30", "7007a000-0000-4000-8000-000000000004", List.of("financements"));
        add("5e551000-0000-4000-8000-000000000008", "FORUM", "Forum des initiatives locales", "J1-PM", "2027-06-24T16:00", "2027-06-24T17:30", "7007a000-0000-4000-8000-000000000002", List.of("cooperation"));
        add("5e551000-0000-4000-8000-000000000003", "WORKSHOP", "Atelier : évaluer une politique locale", "J2-AM", "2027-06-25T09:00", "2027-06-25T10:30", "7007a000-0000-4000-8000-000000000003", List.of("evaluation"));
        add("5e551000-0000-4000-8000-000000000005", "ROUND_TABLE", "Table ronde : élus et techniciens", "J2-AM", "2027-06-25T11:00", "2027-06-25T12:30", "7007a000-0000-4000-8000-000000000001", List.of("gouvernance"));
        add("5e551000-0000-4000-8000-000000000009", "CLOSING", "Clôture", "J2-PM", "2027-06-25T14:00", "2027-06-25T15:00", "7007a000-0000-4000-8000-000000000001", List.of());
        sessions.get("5e551000-0000-4000-8000-000000000001").put("seriesId", "5e71e500-0000-4000-8000-000000000001").put("speakers", new JsonArray()
                .add(new JsonObject().put("id", "5bea0000-0000-4000-8000-000000000001").put("name", "Claude Exemple")
                        .put("organisation", "Agence fictive de développement").put("role", "Chargée de mission")));
        sessions.get("5e551000-0000-4000-8000-000000000002").put("seriesId", "5e71e500-0000-4000-8000-000000000001");
        sessions.get("5e551000-0000-4000-8000-000000000001").put("description",
                "Mutualiser l’ingénierie entre communautés de communes : trois exemples fictifs.");
        sessions.forEach((id, session) -> draft.put(id, new JsonObject().put("id", id).put("congressId", CONGRESS_ID)
                .put("kind", session.getString("kind")).put("title", session.getString("title"))
                .put("halfDayCode", session.getString("halfDayCode")).put("start", session.getString("start"))
                .put("end", session.getString("end")).put("roomId", session.getString("roomId"))
                .put("roomName", session.getString("roomName")).put("capacity", session.getInteger("capacity"))
                .put("capacityFromRoom", true).put("seriesId", session.getString("seriesId"))
                .put("themeIds", new JsonArray()).put("speakerIds", new JsonArray()).put("status", "SCHEDULED")
                .put("version", 1L)));
    }

    private static final Map<String, String> THEMES = Map.of("gouvernance", "Gouvernance", "transitions",
            "Transitions", "cooperation", "Coopération", "financements", "Financements", "evaluation", "Évaluation");

    private void add(String id, String kind, String title, String halfDay, String start, String end, String roomId,
            List<String> themes) {
        JsonArray themeRefs = new JsonArray();
        themes.forEach(code -> themeRefs.add(new JsonObject().put("id", UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8)).toString())
                .put("code", code).put("name", THEMES.get(code))));
        sessions.put(id, new JsonObject().put("id", id).put("kind", kind).put("title", title)
                .put("halfDayCode", halfDay).put("start", start + ":00+02:00").put("end", end + ":00+02:00")
                .put("roomId", roomId).put("roomName", ROOMS.get(roomId)[0]).put("roomAccessible", true)
                .put("capacity", Integer.valueOf(ROOMS.get(roomId)[1])).put("seriesId", null).put("themes", themeRefs)
                .put("speakers", new JsonArray()).put("moderator", null).put("status", "SCHEDULED").put("version", 1));
    }

    static JsonObject availability() {
        return new JsonObject().put("congressId", CONGRESS_ID).put("open", true).put("capacity", 500)
                .put("confirmed", 363).put("remaining", 137).put("waitlisted", 4).put("overbooked", false)
                .put("categories", new JsonArray()
                        .add(category("PROFESSIONNEL", "Professionnel", "Professional", 12000, 251))
                        .add(category("ELU", "Élu", "Elected official", 9000, 78))
                        .add(category("ETUDIANT", "Étudiant ou demandeur d'emploi", "Student or jobseeker", 3000, 34)))
                .put("workshops", new JsonArray()
                        .add(places("5e551000-0000-4000-8000-000000000001", "5e71e500-0000-4000-8000-000000000001", "Atelier : coopérer entre intercommunalités", "2027-06-24T14:00", "J1-PM", 40, 28))
                        .add(places("5e551000-0000-4000-8000-000000000002", "5e71e500-0000-4000-8000-000000000001", "Atelier : financer un projet avec les fonds européens", "2027-06-24T14:00", "J1-PM", 30, 30))
                        .add(places("5e551000-0000-4000-8000-000000000003", null, "Atelier : évaluer une politique locale", "2027-06-25T09:00", "J2-AM", 40, 15)))
                .put("meals", new JsonArray()
                        .add(places("5e551000-0000-4000-8000-000000000006", null, "Déjeuner du jeudi", "2027-06-24T12:30", "J1-AM", 300, 258)))
                .put("days", new JsonArray()
                        .add(day("2027-06-24", 341, 4, 236, 74, 31))
                        .add(day("2027-06-25", 298, 1, 207, 61, 30)));
    }

    private static JsonObject day(String date, int confirmed, int waitlisted, int professionals, int elected,
            int students) {
        return new JsonObject().put("date", date).put("confirmed", confirmed).put("waitlisted", waitlisted)
                .put("categories", new JsonArray()
                        .add(new JsonObject().put("code", "PROFESSIONNEL").put("confirmed", professionals))
                        .add(new JsonObject().put("code", "ELU").put("confirmed", elected))
                        .add(new JsonObject().put("code", "ETUDIANT").put("confirmed", students)));
    }

    private static JsonObject category(String code, String fr, String en, long fee, int confirmed) {
        return new JsonObject().put("code", code).put("labelFr", fr).put("labelEn", en).put("feeCents", fee)
                .put("quota", null).put("confirmed", confirmed).put("remaining", 137).put("open", true)
                .put("overbooked", false);
    }

    private static JsonObject places(String id, String series, String title, String start, String halfDay,
            int capacity, int confirmed) {
        return new JsonObject().put("sessionId", id).put("seriesId", series).put("title", title)
                .put("start", start + ":00+02:00").put("halfDayCode", halfDay).put("capacity", capacity)
                .put("confirmed", confirmed).put("remaining", capacity - confirmed).put("overbooked", false);
    }

    /** Replaces a line (unit amount in euros × quantity), then the group and budget totals, as budget-service does. */
    private void updateLine(RoutingContext rc) {
        if (!authorised(rc, "organiser")) {
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        BigDecimal amount = new BigDecimal(String.valueOf(body.getValue("amount")));
        if (amount.compareTo(new BigDecimal("1000000")) > 0) {
            problem(rc, 422, "Montant invalide", new JsonArray().add(error("amount", "montant trop élevé pour cette ligne")));
            return;
        }
        long unitCents = amount.movePointRight(2).longValueExact();
        long quantity = body.getLong("quantity", 1L);
        JsonObject found = null;
        for (String side : List.of("charges", "produits")) {
            for (Object g : budget.getJsonArray(side)) {
                JsonObject group = (JsonObject) g;
                long total = 0;
                for (Object l : group.getJsonArray("lines")) {
                    JsonObject line = (JsonObject) l;
                    if (line.getString("id").equals(rc.pathParam("lid"))) {
                        line.put("unitCents", unitCents).put("quantity", quantity)
                                .put("provisionalCents", unitCents * quantity);
                        found = line;
                    }
                    total += line.getLong("provisionalCents");
                }
                group.put("totalCents", total);
            }
        }
        if (found == null) {
            problem(rc, 404, "Ligne introuvable", null);
            return;
        }
        long charges = sum(budget.getJsonArray("charges"));
        long produits = sum(budget.getJsonArray("produits"));
        budget.getJsonObject("totals").put("chargesCents", charges).put("produitsCents", produits)
                .put("totalChargesCents", charges).put("totalProduitsCents", produits)
                .put("balanceCents", produits - charges);
        json(rc, found);
    }

    private static long sum(JsonArray groups) {
        return groups.stream().mapToLong(g -> ((JsonObject) g).getLong("totalCents")).sum();
    }

    static JsonObject budget() {
        return new JsonObject().put("budgetId", "b0d9e700-0000-4000-8000-000000000001").put("congressId", CONGRESS_ID).put("version", 7)
                .put("versionNumber", 2).put("versionName", "Dossier de subvention").put("status", "DRAFT")
                .put("current", true).put("currency", "EUR")
                .put("charges", new JsonArray()
                        .add(group("61", "Services extérieurs", line("11e00000-0000-4000-8000-000000000001", "613", "Location du centre des congrès", 3_200_000L, null, null))
                                .put("totalCents", 3_200_000L))
                        .add(group("62", "Autres services extérieurs",
                                line("11e00000-0000-4000-8000-000000000002", "625", "Restauration des participants", 4_150_000L, 3_010_000L, null),
                                line("11e00000-0000-4000-8000-000000000003", "622", "Intervenants et animation", 2_500_000L, null, null))
                                .put("totalCents", 6_650_000L)))
                .put("produits", new JsonArray()
                        .add(group("70", "Ventes, prestations", line("11e00000-0000-4000-8000-000000000004", "706", "Droits d'inscription", 4_020_000L, 3_100_000L, null))
                                .put("totalCents", 4_020_000L))
                        .add(group("74", "Subventions d'exploitation",
                                line("11e00000-0000-4000-8000-000000000005", "74", "Subvention de l'État", 3_000_000L, null, "Agence nationale fictive"),
                                line("11e00000-0000-4000-8000-000000000006", "74", "Subvention régionale", 2_000_000L, null, "Région imaginaire"),
                                line("11e00000-0000-4000-8000-000000000007", "74", "Fonds européens", 1_000_000L, null, "Programme européen fictif"))
                                .put("totalCents", 6_000_000L)))
                .put("totals", new JsonObject().put("chargesCents", 9_850_000L).put("produitsCents", 10_020_000L)
                        .put("totalChargesCents", 9_850_000L).put("totalProduitsCents", 10_020_000L)
                        .put("balanceCents", 170_000L).put("balanced", false))
                .put("funders", new JsonArray()
                        .add(funder("Agence nationale fictive", "État", "GRANTED", 3_000_000L, 3_000_000L, 1_500_000L))
                        .add(funder("Région imaginaire", "Région", "REQUESTED", 2_000_000L, 0L, 0L))
                        .add(funder("Programme européen fictif", "Fonds européens", "REQUESTED", 1_000_000L, 0L, 0L)))
                .put("scenarios", new JsonArray()
                        .add(scenario("Prudent", 400, 9_300_000L, 9_000_000L))
                        .add(scenario("Nominal", 500, 9_850_000L, 10_020_000L)))
                .put("breakEven", new JsonObject().put("participants", 455).put("label", "455 participants"));
    }

    private static JsonObject group(String code, String label, JsonObject... lines) {
        return new JsonObject().put("code", code).put("label", label).put("labelEn", StandInAccountNames.en(code, label))
                .put("lines", new JsonArray(List.of((Object[]) lines)));
    }

    private static JsonObject line(String id, String account, String label, long provisional, Long confirmed,
            String funder) {
        return new JsonObject().put("id", id).put("account", account).put("label", label).put("driver", "FIXED")
                .put("basis", "HYPOTHESIS").put("unitCents", provisional).put("quantity", 1L).put("perRoom", false)
                .put("provisionalCents", provisional).put("confirmedCents", confirmed).put("committedCents", 0L)
                .put("paidCents", 0L).put("funderName", funder);
    }

    private static JsonObject funder(String name, String type, String status, long provisional, long granted,
            long paid) {
        return new JsonObject().put("id", UUID.randomUUID().toString()).put("name", name).put("typeLabel", type)
                .put("status", status).put("provisionalCents", provisional).put("requestedCents", provisional)
                .put("grantedCents", granted).put("paidCents", paid);
    }

    private static JsonObject scenario(String name, int participants, long charges, long produits) {
        return new JsonObject().put("name", name).put("participants", participants)
                .put("chargesCents", charges).put("produitsCents", produits).put("totalChargesCents", charges)
                .put("totalProduitsCents", produits).put("balanceCents", produits - charges);
    }

    static JsonObject survey(boolean english) {
        JsonArray scale = new JsonArray();
        for (int i = 1; i <= 5; i++) {
            scale.add(new JsonObject().put("value", i).put("label", i + (i == 1 ? (english ? " (poor)" : " (faible)") : i == 5 ? (english ? " (excellent)" : " (excellent)") : "")));
        }
        return new JsonObject().put("questionnaireId", "9e5e0000-0000-4000-8000-000000000002").put("title", english ? "Satisfaction survey 2027" : "Enquête de satisfaction 2027")
                .put("language", english ? "en" : "fr").put("state", "OPEN")
                .put("preamble", new JsonObject().put("purpose", "Améliorer la prochaine édition.")
                        .put("anonymity", "Vos réponses sont anonymes."))
                .put("sections", new JsonArray().add(new JsonObject().put("id", "s1").put("title", "Votre avis")
                        .put("questions", new JsonArray()
                                .add(new JsonObject().put("id", "q1").put("type", "LIKERT").put("label", "Satisfaction générale")
                                        .put("required", true).put("visible", true).put("scale", scale))
                                .add(new JsonObject().put("id", "q2").put("type", "SITUATION_SATISFACTION")
                                        .put("label", "Comment avez-vous trouvé l'accueil ?").put("required", false).put("visible", true)
                                        .put("options", new JsonArray().add(new JsonObject().put("code", "rapide").put("label", "Rapide"))
                                                .add(new JsonObject().put("code", "attente").put("label", "Avec de l'attente")))
                                        .put("satisfactionLabel", "Cette situation vous convient-elle ?"))
                                .add(new JsonObject().put("id", "q3").put("type", "THREE_C").put("label", "Pour la prochaine édition")
                                        .put("required", false).put("visible", true))
                                .add(new JsonObject().put("id", "q4").put("type", "SESSION_RATING").put("label", "Notez les sessions suivies")
                                        .put("required", false).put("visible", true).put("scale", scale)
                                        .put("sessions", new JsonArray().add(new JsonObject().put("sessionId", "5e551000-0000-4000-8000-000000000004")
                                                .put("title", "Plénière : les territoires face aux transitions").put("kind", "PLENARY"))))
                                .add(new JsonObject().put("id", "q5").put("type", "NUMBER").put("label", "Combien de collègues vous accompagnaient ?")
                                        .put("required", false).put("visible", true).put("min", 0).put("max", 50))
                                .add(new JsonObject().put("id", "q6").put("type", "LONG_TEXT").put("label", "Question masquée")
                                        .put("required", false).put("visible", false)))));
    }

    private void answer(RoutingContext rc) {
        if (!SURVEY_TOKEN.equals(rc.pathParam("token"))) {
            problem(rc, 404, "Lien d'enquête inconnu", null);
            return;
        }
        JsonObject answers = rc.body().asJsonObject().getJsonObject("answers", new JsonObject());
        JsonArray errors = new JsonArray();
        if (!answers.containsKey("q1")) {
            errors.add(error("answers.q1", "réponse obligatoire"));
        }
        Object q5 = answers.getValue("q5");
        if (q5 != null && !(q5 instanceof Number)) {
            errors.add(error("answers.q5", "un nombre est attendu"));
        }
        if (!errors.isEmpty()) {
            problem(rc, 400, "Requête invalide", errors);
            return;
        }
        ANSWERS.add(answers);
        json(rc, new JsonObject().put("questionnaireId", "9e5e0000-0000-4000-8000-000000000002").put("edited", false)
                .put("message", "Merci, vos réponses ont été enregistrées."));
    }

    static JsonArray indicators() {
        return new JsonArray()
                .add(new JsonObject().put("id", "1d1c0000-0000-4000-8000-000000000001").put("label", "Taux de réponse à l'enquête").put("source", "RESPONSE_RATE")
                        .put("target", 50).put("unit", "%").put("value", 58.3).put("status", "ATTEINT")
                        .put("questionnaireId", "9e5e0000-0000-4000-8000-000000000002"))
                .add(new JsonObject().put("id", "1d1c0000-0000-4000-8000-000000000002").put("label", "Part des élus parmi les présents").put("source", "MANUAL")
                        .put("target", 25).put("unit", "%").put("status", "EN_ATTENTE"));
    }

    /** Results as evaluation-service gives them, free text included: the gateway must never show it to partners. */
    static JsonObject results() {
        return new JsonObject().put("questionnaireId", "9e5e0000-0000-4000-8000-000000000002").put("congressId", CONGRESS_ID)
                .put("title", "Enquête de satisfaction 2027").put("state", "CLOS").put("minGroupSize", 5)
                .put("publishBatchSize", 5).put("responses", 212).put("awaitingPublication", 3).put("checkedIn", 364).put("confirmed", 371).put("responseRate", 58.2)
                .put("byCategory", new JsonArray()
                        .add(new JsonObject().put("category", "PROFESSIONNEL").put("label", "Professionnel").put("labelEn", "Professional").put("checkedIn", 250).put("responses", 160).put("responseRate", 64.0).put("suppressed", false))
                        .add(new JsonObject().put("category", "ETUDIANT").put("label", "Étudiant ou demandeur d'emploi").put("labelEn", "Student or job-seeker").put("checkedIn", 4).put("suppressed", true)))
                .put("questions", new JsonArray()
                        .add(new JsonObject().put("id", "q1").put("type", "SCALE").put("label", "Satisfaction générale")
                                .put("answered", 210).put("suppressed", false).put("mean", 4.2))
                        .add(new JsonObject().put("id", "q2").put("type", "TEXT").put("label", "Un commentaire ?")
                                .put("answered", 40).put("suppressed", false)
                                .put("texts", new JsonArray().add("Merci à Camille Fictive pour l'accueil")))
                        .add(new JsonObject().put("id", "q3").put("type", "SESSION_RATING").put("label", "Notez les sessions")
                                .put("answered", 180).put("suppressed", false).put("sessions", new JsonArray()
                                        .add(new JsonObject().put("sessionId", "5e551000-0000-4000-8000-000000000004").put("title", "Plénière : les territoires face aux transitions")
                                                .put("kind", "PLENARY").put("count", 170).put("suppressed", false).put("mean", 4.4))
                                        .add(new JsonObject().put("sessionId", "5e551000-0000-4000-8000-000000000002").put("title", "Atelier : financer un projet avec les fonds européens")
                                                .put("kind", "WORKSHOP").put("count", 3).put("suppressed", true)))));
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
