package fr.assises.gateway;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * programme-service's edition operations as the gateway sees them: CongressResource's create, clone and status
 * paths, the CongressView and Changed shapes (Changed unwraps the congress's fields beside its conflicts), and the
 * same refusals (Bean Validation fields, the address taken as
 * 409, reversed or too long dates on endDate, an unknown source as 404, any status move but the next one as 409).
 * The editions created here join the organisers' list and answer GET /congresses/{id}; like drafts, they stay
 * unknown to the public API.
 */
final class StandInEditions {

    private static final List<String> STATUSES = List.of("DRAFT", "OPEN", "CLOSED", "ARCHIVED");
    private static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private final Map<String, JsonObject> editions = new ConcurrentHashMap<>();

    /** Registered before the demo's programme routes, which answer for the ids these do not know. */
    void register(Router router) {
        router.post("/api/programme/congresses").handler(this::create);
        router.post("/api/programme/congresses/:id/clone").handler(this::cloneOf);
        router.post("/api/programme/congresses/:id/status").handler(this::changeStatus);
        router.get("/api/programme/congresses/:id").handler(rc -> {
            JsonObject edition = editions.get(rc.pathParam("id"));
            if (edition == null) {
                rc.next();
            } else if (StandInServices.authorised(rc, "organiser")) {
                StandInServices.json(rc, edition);
            }
        });
    }

    /** The editions made in this run, for the organisers' list. */
    List<JsonObject> all() {
        return editions.values().stream().map(JsonObject::copy).toList();
    }

    private void create(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        JsonArray errors = common(body);
        for (String field : List.of("venue")) {
            if (blank(body.getString(field))) {
                errors.add(error(field, "ne doit pas être vide"));
            }
        }
        if (body.getString("endDate") == null) {
            errors.add(error("endDate", "ne doit pas être nul"));
        }
        if (refused(rc, errors) || slugTaken(rc, body.getString("slug"))) {
            return;
        }
        LocalDate start = LocalDate.parse(body.getString("startDate"));
        LocalDate end = LocalDate.parse(body.getString("endDate"));
        if (end.isBefore(start)) {
            refused(rc, new JsonArray().add(error("endDate", "La date de fin précède la date de début.")));
            return;
        }
        if (ChronoUnit.DAYS.between(start, end) > 9) {
            refused(rc, new JsonArray().add(error("endDate", "Un congrès dure au plus dix jours.")));
            return;
        }
        JsonArray halfDays = new JsonArray();
        ZoneId zone = ZoneId.of(body.getString("timeZone", "Europe/Paris"));
        for (Object o : body.getJsonArray("halfDays", new JsonArray())) {
            JsonObject h = (JsonObject) o;
            OffsetDateTime s = OffsetDateTime.parse(h.getString("start")).atZoneSameInstant(zone).toOffsetDateTime();
            OffsetDateTime e = OffsetDateTime.parse(h.getString("end")).atZoneSameInstant(zone).toOffsetDateTime();
            boolean morning = s.getHour() < 12;
            halfDays.add(new JsonObject().put("code", "J" + (ChronoUnit.DAYS.between(start, s.toLocalDate()) + 1)
                    + (morning ? "-AM" : "-PM")).put("date", s.toLocalDate().toString())
                    .put("period", morning ? "MORNING" : "AFTERNOON").put("start", s.toString()).put("end", e.toString()));
        }
        created(rc, edition(body.getString("slug"), body.getString("title").strip(), start, end,
                body.getString("venue").strip(), zone.getId(), halfDays));
    }

    private void cloneOf(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        JsonObject source = source(rc.pathParam("id"));
        JsonObject body = rc.body().asJsonObject();
        if (source == null) {
            StandInServices.problem(rc, 404, "Congrès introuvable.", null);
            return;
        }
        for (Object part : body.getJsonArray("parts", new JsonArray())) {
            if (!List.of("PROGRAMME", "ROOMS", "THEMES", "SPEAKERS", "REGISTRATION", "BUDGET", "EVALUATION")
                    .contains(part)) {
                refused(rc, new JsonArray().add(error("parts", "valeur illisible")));
                return;
            }
        }
        if (refused(rc, common(body)) || slugTaken(rc, body.getString("slug"))) {
            return;
        }
        LocalDate start = LocalDate.parse(body.getString("startDate"));
        long shift = ChronoUnit.DAYS.between(LocalDate.parse(source.getString("startDate")), start);
        JsonArray halfDays = new JsonArray();
        for (Object o : source.getJsonArray("halfDays", new JsonArray())) {
            JsonObject h = (JsonObject) o;
            halfDays.add(h.copy().put("date", LocalDate.parse(h.getString("date")).plusDays(shift).toString())
                    .put("start", OffsetDateTime.parse(h.getString("start")).plusDays(shift).toString())
                    .put("end", OffsetDateTime.parse(h.getString("end")).plusDays(shift).toString()));
        }
        created(rc, edition(body.getString("slug"), body.getString("title").strip(), start,
                LocalDate.parse(source.getString("endDate")).plusDays(shift),
                blank(body.getString("venue")) ? source.getString("venue") : body.getString("venue").strip(),
                source.getString("timeZone"), halfDays));
    }

    private void changeStatus(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        JsonObject edition = editions.get(rc.pathParam("id"));
        if (edition == null) {
            StandInServices.problem(rc, 404, "Congrès introuvable.", null);
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        String target = body.getString("status");
        if (!STATUSES.contains(target)) {
            refused(rc, new JsonArray().add(error("status", "valeur illisible")));
            return;
        }
        Long version = body.getLong("version");
        if (version != null && !version.equals(edition.getLong("version"))) {
            StandInServices.problem(rc, 409, "La ressource a été modifiée entre-temps (version actuelle "
                    + edition.getLong("version") + ") ; rechargez-la et recommencez.", null);
            return;
        }
        int from = STATUSES.indexOf(edition.getString("status"));
        int to = STATUSES.indexOf(target);
        if (to != from && to != from + 1) {
            StandInServices.problem(rc, 409, "Un congrès « " + label(from) + " » ne peut pas passer à « " + label(to)
                    + " »" + (from == 3 ? " : il est archivé." : " ; seule l’étape suivante, « " + label(from + 1)
                    + " », est possible."), null);
            return;
        }
        if (to != from) {
            edition.put("status", target).put("version", edition.getLong("version") + 1);
        }
        StandInServices.json(rc, edition);
    }

    private static String label(int status) {
        return List.of("brouillon", "ouvert", "clos", "archivé").get(status);
    }

    private JsonObject source(String id) {
        if (editions.containsKey(id)) {
            return editions.get(id);
        }
        if (StandInServices.CONGRESS_ID.equals(id)) {
            return StandInServices.congress();
        }
        return null;
    }

    private JsonObject edition(String slug, String title, LocalDate start, LocalDate end, String venue, String zone,
            JsonArray halfDays) {
        JsonObject edition = new JsonObject().put("id", UUID.randomUUID().toString()).put("slug", slug)
                .put("title", title).put("startDate", start.toString()).put("endDate", end.toString())
                .put("timeZone", zone).put("venue", venue).put("status", "DRAFT").put("halfDays", halfDays)
                .put("version", 0L);
        editions.put(edition.getString("id"), edition);
        return edition;
    }

    private static void created(RoutingContext rc, JsonObject edition) {
        rc.response().setStatusCode(201).putHeader("Location", "/api/programme/congresses/" + edition.getString("id"))
                .putHeader("Content-Type", "application/json")
                .end(edition.copy().put("conflicts", new JsonArray()).encode());
    }

    /** The CloneRequest and CongressRequest fields both have: title, slug, startDate. */
    private static JsonArray common(JsonObject body) {
        JsonArray errors = new JsonArray();
        if (blank(body.getString("title"))) {
            errors.add(error("title", "ne doit pas être vide"));
        }
        String slug = body.getString("slug");
        if (blank(slug)) {
            errors.add(error("slug", "ne doit pas être vide"));
        } else if (!slug.matches(SLUG_PATTERN)) {
            errors.add(error("slug", "lettres minuscules, chiffres et tirets"));
        }
        if (body.getString("startDate") == null) {
            errors.add(error("startDate", "ne doit pas être nul"));
        }
        return errors;
    }

    private boolean slugTaken(RoutingContext rc, String slug) {
        boolean taken = StandInServices.SLUG.equals(slug) || "congres-2025".equals(slug)
                || editions.values().stream().anyMatch(e -> slug.equals(e.getString("slug")));
        if (taken) {
            StandInServices.problem(rc, 409, "L'identifiant « " + slug + " » est déjà utilisé par un autre congrès.",
                    null);
        }
        return taken;
    }

    private static boolean refused(RoutingContext rc, JsonArray errors) {
        if (errors.isEmpty()) {
            return false;
        }
        StandInServices.problem(rc, 400, errors.size() + " champs sont invalides.", errors);
        return true;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static JsonObject error(String field, String message) {
        return new JsonObject().put("field", field).put("message", message);
    }
}
