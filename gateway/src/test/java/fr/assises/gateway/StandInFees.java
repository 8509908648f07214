package fr.assises.gateway;

import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * budget-service's registration fees (registration-service's categories as its settings event gave them) and the
 * demo budget's registration income as budget-service derives it from them: forecast participants per category ×
 * fee, with the confirmed registrations beside, in French or, when the page asks with Accept-Language, in English.
 */
final class StandInFees {

    static final String LINE_ID = "11e00000-0000-4000-8000-000000000004";
    /** code, French label, English label, fee, forecast participants, confirmed registrations. */
    private static final List<Object[]> CATEGORIES = List.of(
            new Object[] {"PROFESSIONNEL", "Professionnel", "Professional", 18000L, 180L, 140L},
            new Object[] {"ELU", "Élu", "Elected official", 12000L, 50L, 40L},
            new Object[] {"ETUDIANT", "Étudiant ou demandeur d'emploi", "Student or job-seeker", 4000L, 45L, 25L});

    private final JsonObject budget;

    StandInFees(JsonObject budget) {
        this.budget = budget;
        derive();
    }

    void register(Router router) {
        router.get("/api/budget/congresses/:id/registration-fees").handler(this::fees);
        router.get("/api/budget/congresses/:id/budget").order(-1).handler(rc -> {
            JsonObject line = line();
            if (line != null) {
                boolean english = String.valueOf(rc.request().getHeader("Accept-Language")).startsWith("en");
                line.put("formula", english ? formula(true) : formula(false));
            }
            rc.next();
        });
    }

    static JsonArray schedule() {
        JsonArray fees = new JsonArray();
        CATEGORIES.forEach(c -> fees.add(new JsonObject().put("code", c[0]).put("labelFr", c[1]).put("labelEn", c[2])
                .put("feeCents", c[3]).putNull("quota")));
        return fees;
    }

    static Long feeOf(String code) {
        return CATEGORIES.stream().filter(c -> c[0].equals(code)).map(c -> (Long) c[3]).findFirst().orElse(null);
    }

    private void fees(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "partner")) {
            return;
        }
        if (!StandInServices.CONGRESS_ID.equals(rc.pathParam("id"))) {
            StandInBudget.problem(rc, 404, "Le service des inscriptions n'a encore publié aucun tarif pour ce congrès", null);
            return;
        }
        StandInServices.json(rc, new JsonObject().put("known", true).put("version", 3L).put("fees", schedule()));
    }

    /** The demo's registration income becomes the derived line budget-service computes (same total, 40 200 €). */
    private void derive() {
        JsonObject line = line();
        JsonArray parts = new JsonArray();
        long confirmed = 0;
        for (Object[] c : CATEGORIES) {
            long fee = (Long) c[3];
            parts.add(new JsonObject().put("category", c[0]).put("label", c[1]).put("labelEn", c[2])
                    .put("participants", c[4]).put("feeCents", fee).put("feeKnown", true)
                    .put("amountCents", (Long) c[4] * fee).put("confirmed", c[5]).put("confirmedCents", (Long) c[5] * fee)
                    .put("invoicedCents", 0L).put("receivedCents", 0L));
            confirmed += (Long) c[5] * fee;
        }
        line.put("driver", "REGISTRATION_REVENUE").put("unitCents", 0L).put("quantity", 1L).put("revenue", parts)
                .put("confirmedCents", confirmed).put("formula", formula(false));
        budget.put("registrationFees", new JsonObject().put("known", true).put("frozen", false).put("version", 3L));
    }

    private static String formula(boolean english) {
        StringBuilder text = new StringBuilder();
        long total = 0;
        for (Object[] c : CATEGORIES) {
            text.append(text.isEmpty() ? "" : " + ").append(english ? c[2] : c[1]).append(' ').append(c[4]).append(" × ")
                    .append(english ? "€" + ((Long) c[3] / 100) + ".00" : StandInBudget.euros((Long) c[3]));
            total += (Long) c[4] * (Long) c[3];
        }
        return text + (english ? " (participants: hypothesis, fees: registration settings) = €40,200.00"
                : " (participants : hypothèse, tarifs : paramètres d'inscription) = " + StandInBudget.euros(total));
    }

    private JsonObject line() {
        for (Object g : budget.getJsonArray("produits")) {
            for (Object l : ((JsonObject) g).getJsonArray("lines")) {
                if (LINE_ID.equals(((JsonObject) l).getString("id"))) {
                    return (JsonObject) l;
                }
            }
        }
        return null;
    }
}
