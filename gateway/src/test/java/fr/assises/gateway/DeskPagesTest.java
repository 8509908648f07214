package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The registration desk's pages against StandInDesk: a registration in words, cancelling with a reason, importing with a preview. */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class DeskPagesTest {

    static final String MULTIPART = "multipart/form-data; boundary=desk-boundary";

    /** A browser's multipart body, with its length (the gateway refuses chunked bodies, as browsers never send them). */
    static byte[] upload(String name, byte[] content) {
        String head = "--desk-boundary\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"" + name
                + "\"\r\nContent-Type: text/csv\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = "\r\n--desk-boundary--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(content, 0, body, start.length, content.length);
        System.arraycopy(end, 0, body, start.length + content.length, end.length);
        return body;
    }

    static final String LIST = "/organisation/" + StandInServices.SLUG + "/inscriptions";

    @Test
    void aRegistrationOpensFromTheListInWords() {
        String organiser = TestTokens.organiser();
        given().auth().oauth2(organiser).get(LIST).then().statusCode(200)
                .body(containsString("href=\"" + LIST + "/" + StandInDesk.CAMILLE + "\""))
                .body(containsString(LIST + "/import"));
        String page = given().auth().oauth2(organiser).get(LIST + "/" + StandInDesk.CAMILLE).then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("Inscription de Camille Fictive", "Modification tardive", "Élu", "90,00",
                "Atelier mobilités rurales (2ᵉ choix, en liste d’attente, 3ᵉ sur la liste d’attente)",
                "Déjeuner du 24 juin (place réservée)", "Import d’un fichier", "jeudi 24 juin 2027",
                "Intercommunalité", "végétarien", "Annuler l’inscription")
                .doesNotContain(">ELU<", ">IMPORT<", ">INTERCOMMUNALITE<");
        given().auth().oauth2(organiser).get(LIST + "/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(TestTokens.partner()).get(LIST + "/" + StandInDesk.CAMILLE).then().statusCode(403);
        given().auth().oauth2(TestTokens.participant()).get(LIST + "/" + StandInDesk.CAMILLE).then().statusCode(403);
    }

    @Test
    void theListFiltersOnAnAnswerToACustomQuestionAndItsExportsFollow() {
        String organiser = TestTokens.organiser();
        String q = StandInSettings.QUESTION_TRANSPORT;
        String all = given().auth().oauth2(organiser).get(LIST).then().statusCode(200).extract().asString();
        assertThat(all).contains("<label for=\"f-reponse\">Réponse à une question</label>",
                "<option value=\"" + q + ":C3\">Comment venez-vous au congrès ? – À vélo</option>",
                "Sacha", "Camille", "Dominique");
        String bike = given().auth().oauth2(organiser).queryParam("reponse", q + ":C3").get(LIST).then()
                .statusCode(200).extract().asString();
        assertThat(bike).contains("Modèle", "<option value=\"" + q + ":C3\" selected>")
                .doesNotContain("Fictive", "Imaginaire")
                .contains("participants.csv?question=" + q + "&amp;answer=C3",
                        "participants.xlsx?question=" + q + "&amp;answer=C3");
        String train = given().auth().oauth2(organiser).queryParam("reponse", q + ":C1").get(LIST).then()
                .statusCode(200).extract().asString();
        assertThat(train).contains("Fictive").doesNotContain("Modèle", "Imaginaire");
        given().auth().oauth2(TestTokens.partner()).queryParam("reponse", q + ":C1").get(LIST).then().statusCode(403);
    }

    @Test
    void theCommitteeCancelsWithAReasonAndATooLongOneIsShownNextToTheField() {
        String organiser = TestTokens.organiser();
        String cancel = LIST + "/" + StandInDesk.CAMILLE + "/annulation";
        given().auth().oauth2(organiser).formParam("reason", "x".repeat(501)).post(cancel).then().statusCode(422)
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString("la taille doit être comprise entre 0 et 500"));
        given().auth().oauth2(organiser).get(LIST + "/" + StandInDesk.CAMILLE).then()
                .body(not(containsString("L’inscription est annulée.")));
        given().auth().oauth2(TestTokens.partner()).formParam("reason", "Doublon").post(cancel).then()
                .statusCode(403);
        given().auth().oauth2(organiser).redirects().follow(false).formParam("reason", "Doublon avec la mairie")
                .post(cancel).then().statusCode(303);
        given().auth().oauth2(organiser).get(LIST + "/" + StandInDesk.CAMILLE).then().statusCode(200)
                .body(containsString("L’inscription est annulée."))
                .body(containsString("Motif de l’annulation : Doublon avec la mairie"))
                .body(not(containsString("data-confirm")));
    }

    @Test
    void anImportIsPreviewedThenConfirmedAndTheSameFileAgainCreatesNothing() {
        String organiser = TestTokens.organiser();
        String importPage = LIST + "/import";
        given().auth().oauth2(organiser).get(importPage).then().statusCode(200)
                .body(containsString("enctype=\"multipart/form-data\""));
        byte[] csv = ("nom;prenom;email;categorie;jours\n"
                + "Quéré;Maëlys;m.quere@exemple.test;ELU;2027-06-24\n"
                + "Fictive;Camille;camille.fictive@exemple.test;ELU;2027-06-24\n").getBytes(StandardCharsets.UTF_8);
        String preview = given().auth().oauth2(organiser).contentType(MULTIPART).body(upload("invites.csv", csv))
                .post(importPage).then().statusCode(200).extract().asString();
        assertThat(preview).contains("Aperçu : rien n’est encore enregistré", "1 inscription sera créée.", "Quéré",
                "Déjà inscrit(e) à ce congrès avec cette adresse.", "Confirmer l’import");
        String file = preview.replaceAll("(?s).*name=\"file\" value=\"([^\"]+)\".*", "$1");
        given().auth().oauth2(organiser).formParam("file", file).formParam("kind", "csv")
                .post(importPage + "/confirmation").then().statusCode(200)
                .body(containsString("1 inscription créée"))
                .body(containsString("Confirmée"));
        given().auth().oauth2(organiser).contentType(MULTIPART).body(upload("invites.csv", csv)).post(importPage).then()
                .statusCode(200).body(containsString("Aucune inscription ne sera créée."))
                .body(not(containsString("Confirmer l’import")));

        byte[] bad = "nom;prenom;email;categorie;jours\nRoux;Léa;pas-une-adresse;ELU;2027-06-24\n"
                .getBytes(StandardCharsets.UTF_8);
        given().auth().oauth2(organiser).contentType(MULTIPART).body(upload("invites.csv", bad)).post(importPage).then()
                .statusCode(422).body(containsString("Le fichier contient des erreurs : rien n’a été importé."))
                .body(containsString("ligne 2 : colonne email"));
        given().auth().oauth2(organiser).contentType(MULTIPART).body(upload("vide.csv", new byte[0])).post(importPage)
                .then().statusCode(422).body(containsString("Choisissez un fichier CSV ou Excel"));
        given().auth().oauth2(TestTokens.partner()).contentType(MULTIPART).body(upload("invites.csv", csv))
                .post(importPage).then().statusCode(403);
    }
}
