package fr.assises.gateway;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * registration-service's participant data and calendar feed as the gateway sees them: MyRegistrationsResource's
 * personal-data download (PersonalData: exportedAt, registration, checkins) and erasure (cancelled, personal fields
 * blanked, 204), CalendarFeedResource's secret address (404 before the first, 201 for a new one, 204 revoked) and the
 * feed behind it (text/calendar, 404 once replaced or revoked). Another participant's registration answers 404.
 */
final class StandInParticipant {

    private final Map<String, List<JsonObject>> registrations;
    /** Feed token by participant, and the revoked ones (which answer 404). */
    private final Map<String, String> feeds = new ConcurrentHashMap<>();

    private final Function<String, JsonObject> answers;

    StandInParticipant(Map<String, List<JsonObject>> registrations, Function<String, JsonObject> answers) {
        this.registrations = registrations;
        this.answers = answers;
    }

    void register(Router router) {
        router.get("/api/registration/me/registrations/:id/personal-data").handler(rc -> withMine(rc, r ->
                StandInServices.json(rc, new JsonObject().put("exportedAt", OffsetDateTime.now(ZoneOffset.ofHours(1))
                        .withNano(0).toString()).put("registration", r.copy().put("answers", answers.apply(StandInServices.claimsSubject(rc))))
                        .put("checkins", new JsonArray()))));
        router.delete("/api/registration/me/registrations/:id/personal-data").handler(rc -> withMine(rc, r -> {
            r.put("status", "CANCELLED").put("anonymised", true).putNull("person").putNull("waitlistPosition")
                    .putNull("offerExpiresAt");
            rc.response().setStatusCode(204).end();
        }));
        router.get("/api/registration/me/calendar-feed").handler(rc -> {
            if (StandInServices.authorised(rc, "participant")) {
                String token = feeds.get(StandInServices.claimsSubject(rc));
                if (token == null) {
                    StandInServices.problem(rc, 404, "Vous n’avez pas encore d’adresse d’agenda.", null);
                } else {
                    StandInServices.json(rc, view(token));
                }
            }
        });
        router.post("/api/registration/me/calendar-feed").handler(rc -> {
            if (StandInServices.authorised(rc, "participant")) {
                String token = UUID.randomUUID().toString().replace("-", "");
                feeds.put(StandInServices.claimsSubject(rc), token);
                rc.response().setStatusCode(201);
                StandInServices.json(rc, view(token));
            }
        });
        router.delete("/api/registration/me/calendar-feed").handler(rc -> {
            if (StandInServices.authorised(rc, "participant")) {
                if (feeds.remove(StandInServices.claimsSubject(rc)) == null) {
                    StandInServices.problem(rc, 404, "Vous n’avez pas d’adresse d’agenda.", null);
                } else {
                    rc.response().setStatusCode(204).end();
                }
            }
        });
        router.get("/api/registration/calendar/:file").handler(rc -> {
            String file = rc.pathParam("file");
            String token = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : null;
            String owner = feeds.entrySet().stream().filter(e -> e.getValue().equals(token)).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            if (owner == null) {
                StandInServices.problem(rc, 404, "Adresse d’agenda inconnue ou supprimée.", null);
                return;
            }
            StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Assises//registration//FR\r\n");
            for (JsonObject r : registrations.getOrDefault(owner, List.of())) {
                if ("CONFIRMED".equals(r.getString("status"))) {
                    ics.append("BEGIN:VEVENT\r\nUID:").append(r.getString("id")).append("@assises\r\n")
                            .append("SUMMARY:Plénière : les territoires face aux transitions\r\nEND:VEVENT\r\n");
                }
            }
            rc.response().putHeader("Content-Type", "text/calendar; charset=utf-8")
                    .end(ics.append("END:VCALENDAR\r\n").toString());
        });
    }

    private void withMine(RoutingContext rc, java.util.function.Consumer<JsonObject> action) {
        if (!StandInServices.authorised(rc, "participant")) {
            return;
        }
        JsonObject found = registrations.getOrDefault(StandInServices.claimsSubject(rc), List.of()).stream()
                .filter(r -> r.getString("id").equals(rc.pathParam("id"))).findFirst().orElse(null);
        if (found == null) {
            StandInServices.problem(rc, 404, "Inscription introuvable.", null);
        } else {
            action.accept(found);
        }
    }

    private static JsonObject view(String token) {
        return new JsonObject().put("path", "/api/registration/calendar/" + token + ".ics")
                .put("createdAt", OffsetDateTime.now(ZoneOffset.ofHours(1)).withNano(0).toString());
    }
}
