package fr.assises.gateway;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * registration-service's attendance certificates (CertificateResource) as the gateway sees them: the organisers'
 * summary (counts only), the signatory (PUT whole; a blank name or title refused 400 on its field with the
 * service's words), the archive, and a participant's status with its reason. Tests choose that status with
 * {@link #STATUS} (NOT_OVER by default, NO_CHECKIN, or AVAILABLE).
 */
final class StandInCertificates {

    static final Map<String, String> STATUS = new ConcurrentHashMap<>(Map.of("code", "NOT_OVER"));
    static final String NO_CHECKIN = "Aucun passage n'a été enregistré à l'accueil pour votre inscription, ni à un "
            + "atelier ou un repas : sans présence enregistrée, il n'y a pas d'attestation. Si vous étiez présent(e), "
            + "adressez-vous au comité d'organisation.";

    private final Function<RoutingContext, JsonObject> mine;
    private volatile JsonObject signatory;

    StandInCertificates(Function<RoutingContext, JsonObject> mine) {
        this.mine = mine;
    }

    void register(Router router) {
        router.get("/api/registration/congresses/:id/manage/certificates").handler(rc -> {
            if (StandInServices.authorised(rc, "organiser")) {
                boolean ours = StandInServices.CONGRESS_ID.equals(rc.pathParam("id"));
                StandInServices.json(rc, new JsonObject().put("signatory", signatory).put("confirmed", ours ? 363 : 0)
                        .put("certificates", ours ? 348 : 0).put("withoutCheckIn", ours ? 15 : 0)
                        .put("availableFrom", "2027-06-26").put("availableToParticipants", false));
            }
        });
        router.put("/api/registration/congresses/:id/manage/certificates/signatory").handler(this::setSignatory);
        router.get("/api/registration/congresses/:id/manage/certificates.zip").handler(rc -> {
            if (StandInServices.authorised(rc, "organiser")) {
                rc.response().putHeader("Content-Type", "application/zip")
                        .putHeader("Content-Disposition", "attachment; filename=\"attestations-de-presence.zip\"")
                        .end(Buffer.buffer(new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                            0, 0}));
            }
        });
        router.get("/api/registration/me/registrations/:id/certificate").handler(rc -> {
            if (StandInServices.authorised(rc, "participant") && mine.apply(rc) != null) {
                StandInServices.json(rc, status(STATUS.get("code")));
            }
        });
        router.get("/api/registration/me/registrations/:id/certificate.pdf").handler(rc -> {
            if (StandInServices.authorised(rc, "participant") && mine.apply(rc) != null) {
                rc.response().putHeader("Content-Type", "application/pdf")
                        .putHeader("Content-Disposition", "attachment; filename=\"attestation.pdf\"")
                        .end(Buffer.buffer("%PDF-1.4\n%%EOF\n"));
            }
        });
    }

    private static JsonObject status(String code) {
        JsonObject s = new JsonObject().put("availableFrom", "2027-06-26");
        return switch (code) {
            case "AVAILABLE" -> s.put("available", true).put("code", null).put("reason", null);
            case "NO_CHECKIN" -> s.put("available", false).put("code", code).put("reason", NO_CHECKIN);
            default -> s.put("available", false).put("code", "NOT_OVER").put("reason", "Votre attestation de présence "
                    + "sera disponible après la fin du congrès, à partir du 26 juin 2027.");
        };
    }

    private void setSignatory(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        JsonArray errors = new JsonArray();
        if (body.getString("name") == null || body.getString("name").isBlank()) {
            errors.add(new JsonObject().put("field", "name")
                    .put("message", "indiquez le nom de la personne qui signe les attestations"));
        }
        if (body.getString("title") == null || body.getString("title").isBlank()) {
            errors.add(new JsonObject().put("field", "title")
                    .put("message", "indiquez sa fonction (par exemple « Présidente du comité d'organisation »)"));
        }
        if (!errors.isEmpty()) {
            StandInServices.problem(rc, 400, "Requête invalide", errors);
            return;
        }
        signatory = new JsonObject().put("name", body.getString("name")).put("title", body.getString("title"))
                .put("city", body.getString("city")).put("updatedAt", "2027-06-20T10:15:00+02:00");
        StandInServices.json(rc, signatory);
    }
}
