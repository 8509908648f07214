package fr.assises.registration.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ImportTest {

    static final String IMPORT = "/api/registration/congresses/{id}/manage/imports";
    static final String HEADER = "nom;prenom;email;organisation;type_territoire;categorie;jours;repas;ateliers;regime\n";

    static String line(TestCongress c, String last, String email, String category, String days) {
        return last + ";Yaël;" + email + ";\"Syndicat mixte du Haut-Vallon; pôle sud\";pays;" + category + ";" + days
                + ";" + c.lunch1 + ";" + c.slot1Workshops.get(0) + ">" + c.slot1Workshops.get(1) + "|"
                + c.slot2Workshops.get(0) + ";sans lactose\n";
    }

    @Test
    void aValidFileCreatesOneRegistrationPerLine() {
        TestCongress c = new TestCongress().create();
        String csv = "\uFEFF" + HEADER
                + line(c, "Aubertin", "y.aubertin@exemple.test", "INTERVENANT", "2027-06-24|2027-06-25")
                + line(c, "Brossard", "y.brossard@exemple.test", "ELU", "2027-06-24");
        given().auth().oauth2(c.organiser).contentType("text/csv; charset=UTF-8").body(csv).post(IMPORT, c.id)
                .then().statusCode(201).body("created", equalTo(2)).body("lines.line", containsInAnyOrder(2, 3))
                .body("lines.status", containsInAnyOrder("CONFIRMED", "CONFIRMED"));
        given().auth().oauth2(c.organiser).queryParam("q", "brossard")
                .get("/api/registration/congresses/{id}/manage/registrations", c.id).then()
                .body("total", equalTo(1)).body("items[0].source", equalTo("IMPORT"))
                .body("items[0].person.organisation", equalTo("Syndicat mixte du Haut-Vallon; pôle sud"))
                .body("items[0].workshops.size()", equalTo(2)).body("items[0].feeCents", equalTo(12000));
    }

    @Test
    void anyBadLineIsReportedAndNothingIsSaved() {
        TestCongress c = new TestCongress().create();
        String csv = HEADER
                + line(c, "Carrel", "y.carrel@exemple.test", "PROFESSIONNEL", "2027-06-24")
                + line(c, "Dumont", "pas-un-mail", "PROFESSIONNEL", "2027-06-24")
                + line(c, "Esnault", "y.esnault@exemple.test", "INCONNUE", "2027-06-24")
                + line(c, "Fabre", "y.fabre@exemple.test", "PROFESSIONNEL", "24 juin 2027")
                + line(c, "Garnier", "y.garnier@exemple.test", "PROFESSIONNEL", "2027-06-25");
        given().auth().oauth2(c.organiser).contentType("text/csv").body(csv).post(IMPORT, c.id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.size()", equalTo(4))
                .body("errors.field", hasItem("ligne 3 : colonne email"))
                .body("errors.field", hasItem("ligne 4 : colonne categorie"))
                .body("errors.field", hasItem("ligne 5 : colonne jours"))
                .body("errors.field", hasItem("ligne 6 : colonne repas"));
        given().auth().oauth2(c.organiser).get("/api/registration/congresses/{id}/manage/registrations", c.id)
                .then().body("total", equalTo(0));
    }

    @Test
    void badFilesAndOtherRolesAreRefused() {
        TestCongress c = new TestCongress().create();
        given().auth().oauth2(c.organiser).contentType("text/csv").body("nom;prenom\nA;B\n").post(IMPORT, c.id)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(c.organiser).contentType("text/csv").body("nom;prenom;email;categorie;jours;iban\n")
                .post(IMPORT, c.id).then().statusCode(400);
        given().auth().oauth2(c.organiser).contentType("text/csv").body(HEADER).post(IMPORT, c.id)
                .then().statusCode(400);
        given().auth().oauth2(TestTokens.participant()).contentType("text/csv").body(HEADER).post(IMPORT, c.id)
                .then().statusCode(403);
        given().contentType("text/csv").body(HEADER).post(IMPORT, c.id).then().statusCode(401);
        given().auth().oauth2(c.organiser).contentType("text/csv")
                .body(HEADER + line(c, "Hamon", "y.hamon@exemple.test", "ELU", "2027-06-24"))
                .post(IMPORT, java.util.UUID.randomUUID()).then().statusCode(404);
    }
}
