package fr.assises.registration.billing;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.TestCongress;
import io.restassured.http.ContentType;

/** Fictional issuers and payers with SIRETs whose Luhn key is right, and the calls the billing tests repeat. */
final class BillingFixtures {

    static final String IBAN = "FR7630006000011234567890189";

    private BillingFixtures() {
    }

    /** A random 14-digit SIRET with a right key (fictional: drawn, not looked up). */
    static String siret() {
        StringBuilder s = new StringBuilder("9");
        for (int i = 0; i < 12; i++) {
            s.append(ThreadLocalRandom.current().nextInt(10));
        }
        for (int k = 0; k < 10; k++) {
            if (Siret.luhn(s.toString() + k)) {
                return s.toString() + k;
            }
        }
        throw new IllegalStateException();
    }

    static Map<String, Object> issuer(String siret) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", "Association des Assises (fictive)");
        s.put("siret", siret);
        s.put("address", "12 rue de l'Exemple\n75000 Paris-Essai");
        s.put("vatExemption", "TVA non applicable, art. 293 B du CGI");
        s.put("paymentDays", 30);
        s.put("iban", IBAN);
        s.put("bic", "AGRIFRPPXXX");
        return s;
    }

    static void setIssuer(TestCongress congress, Map<String, Object> issuer) {
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(issuer)
                .put("/api/registration/congresses/{id}/manage/billing/settings", congress.id)
                .then().statusCode(200);
    }

    static Map<String, Object> employer(String siret, String orderNumber) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", "ORGANISATION");
        p.put("name", "Communauté de communes du Val d'Essai");
        p.put("siret", siret);
        p.put("address", "1 place de la Mairie");
        p.put("postcode", "99000");
        p.put("city", "Val-d'Essai");
        p.put("email", "comptabilite@val-essai.exemple.test");
        p.put("orderNumber", orderNumber);
        p.put("serviceCode", "SERV-FORMATION");
        return p;
    }

    /** Registers a new participant, with this payer when not null; answers the registration id. */
    static String register(TestCongress congress, Map<String, Object> payer) {
        return register(congress, TestTokens.participant(UUID.randomUUID().toString()), payer);
    }

    static String register(TestCongress congress, String token, Map<String, Object> payer) {
        Map<String, Object> body = congress.registration();
        if (payer != null) {
            body.put("payer", payer);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/registration/congresses/{id}/registrations", congress.id)
                .then().statusCode(201).extract().path("id");
    }
}
