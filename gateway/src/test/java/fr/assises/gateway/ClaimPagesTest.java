package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.UUID;

import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The participant's pages beyond the form: claiming with a verified e-mail (where the invitation e-mail leads), the
 * privacy notice, my data (read, downloaded, erased after a confirmation), my calendar feed, cancel then register
 * again, the waiting list in words, frozen registrations and an organiser opening my space.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class ClaimPagesTest {

    private static final String PAGE = "/espace/rattachement";

    @Test
    void aVerifiedAddressTakesOverTheCommitteesRegistrationsOnceAndSeesHowMany() {
        StandInServices.UNCLAIMED.put("alix.essai@exemple.test", List.of("4e910000-0000-4000-8000-000000000009"));
        String token = TestTokens.participantWithEmail("claim-alix", "alix.essai@exemple.test", true);
        given().auth().oauth2(token).when().get(PAGE).then().statusCode(200)
                .body(containsString("<h1>Rattacher mon inscription</h1>"))
                .body(containsString("l’adresse e-mail de votre compte (alix.essai@exemple.test)"))
                .body(containsString("<form method=\"post\" action=\"/espace/rattachement\">"));
        given().auth().oauth2(token).when().post(PAGE).then().statusCode(200)
                .body(containsString("1 inscription rattachée à votre compte."))
                .body(containsString("href=\"/espace\""));
        // nothing left: said in words, not as an error
        given().auth().oauth2(token).when().post(PAGE).then().statusCode(200)
                .body(containsString("Aucune inscription en attente de rattachement"));
    }

    @Test
    void anUnverifiedAddressIsRefusedInWordsAndNothingIsClaimed() {
        StandInServices.UNCLAIMED.put("sam.essai@exemple.test", List.of("4e910000-0000-4000-8000-000000000008"));
        String token = TestTokens.participantWithEmail("claim-sam", "sam.essai@exemple.test", false);
        // what to do instead, before any button: no verification link is promised, since none is sent
        given().auth().oauth2(token).when().get(PAGE).then().statusCode(200)
                .body(containsString("Votre adresse e-mail n’est pas encore vérifiée"))
                .body(containsString("déconnectez-vous et reconnectez-vous"))
                .body(not(containsString("<form method=\"post\" action=\"/espace/rattachement\">")))
                .body(not(containsString("lien de vérification")));
        given().auth().oauth2(token).when().post(PAGE).then().statusCode(422)
                .body(containsString("Votre adresse e-mail n’est pas vérifiée"))
                .body(not(containsString("le lien vous a été envoyé")))
                .body(not(containsString("rattachée à votre compte")));
        given().auth().oauth2(TestTokens.participant()).when().post(PAGE).then().statusCode(422)
                .body(containsString("Votre compte n’a pas d’adresse e-mail."));
        assertThat(StandInServices.UNCLAIMED).containsKey("sam.essai@exemple.test");
    }

    @Test
    void englishToo() {
        given().auth().oauth2(TestTokens.participantWithEmail("claim-en", "en@exemple.test", true))
                .queryParam("lang", "en").when().get(PAGE).then().statusCode(200)
                .body(containsString("<h1>Claim my registration</h1>"));
    }

    private static final String SLUG = StandInServices.SLUG;
    private static final String FORM = "/espace/inscription/" + SLUG;

    private static String registered(String category) {
        String token = TestTokens.participant(UUID.randomUUID().toString());
        given().auth().oauth2(token).redirects().follow(false)
                .formParam("firstName", "Noa").formParam("lastName", "Fictif").formParam("email", "noa@exemple.test")
                .formParam("territoryType", "PNR").formParam("category", category).formParam("days", "2027-06-24")
                .formParam("meals", "5e551000-0000-4000-8000-000000000006")
                .formParam("workshop_5e71e500-0000-4000-8000-000000000001", "5e551000-0000-4000-8000-000000000001")
                .formParam("answer_" + StandInSettings.QUESTION_TRANSPORT, "C1").formParam("consent", "yes")
                .when().post(FORM).then().statusCode(303);
        return token;
    }

    private static String registrationId(String token) {
        return JsonPath.from(given().auth().oauth2(token).when().get("/api/registration/me/registrations").asString())
                .getString("[0].id");
    }

    @Test
    void thePrivacyNoticeSaysWhatWhyHowLongAndWhichRightsAndIsLinkedFromTheFooterAndTheConsent() {
        given().when().get("/donnees-personnelles?congres=" + SLUG).then().statusCode(200)
                .body(containsString("<h1>Notice d’information sur vos données personnelles</h1>"))
                .body(containsString("Version de la notice acceptée à l’inscription\u00a0: " + StandInServices.PRIVACY_VERSION))
                .body(containsString("Ce que nous collectons")).body(containsString("Pourquoi"))
                // the stand-in's settings keep data 365 days after the end (25 June 2027)
                .body(containsString("effacées 365 jours après la fin du congrès (le dimanche 25 juin 2028)"))
                .body(containsString("droit de rectification")).body(containsString("portabilité"))
                .body(containsString("droit à l’effacement")).body(containsString("CNIL"))
                .body(containsString("href=\"mailto:comite@assises.example\""));
        // without a congress: the rule in general terms
        given().when().get("/donnees-personnelles").then().statusCode(200)
                .body(containsString("durée de conservation que le comité d’organisation fixe pour chaque congrès"));
        given().queryParam("lang", "en").when().get("/donnees-personnelles").then().statusCode(200)
                .body(containsString("<h1>Privacy notice</h1>")).body(containsString("right to erasure"));
        given().when().get("/").then().body(containsString("<a href=\"/donnees-personnelles\">Données personnelles</a>"));
        given().auth().oauth2(TestTokens.participant(UUID.randomUUID().toString())).when().get(FORM).then()
                .body(containsString("href=\"/donnees-personnelles?congres=" + SLUG + "\""))
                .body(containsString("aria-describedby=\"h-consent\""));
    }

    @Test
    void theFormNamesEveryRefusedFieldInItsSummaryLinkedToTheField() {
        String page = given().auth().oauth2(TestTokens.participant(UUID.randomUUID().toString()))
                .formParam("firstName", "Noa").when().post(FORM).then().statusCode(422).extract().asString();
        assertThat(page).contains("Le formulaire contient 6 erreurs\u00a0:",
                "<a href=\"#f-lastName\">Nom\u00a0: ne doit pas être vide</a>",
                "<a href=\"#f-email\">Adresse électronique\u00a0: doit être une adresse électronique syntaxiquement correcte</a>",
                "<a href=\"#f-territoryType\">Type de territoire ou de structure\u00a0: information obligatoire</a>",
                "<a href=\"#f-category\">Catégorie et tarif\u00a0: ne doit pas être vide</a>",
                "<a href=\"#f-days\">Jours de présence\u00a0:",
                "<a href=\"#f-consent\">Notice d’information\u00a0:");
        // in the form's order: identity, then category, days, consent
        assertThat(page.indexOf("#f-lastName")).isLessThan(page.indexOf("#f-category"));
        assertThat(page.indexOf("#f-days\">")).isLessThan(page.indexOf("#f-consent\">"));
    }

    @Test
    void workshopsShowTheirEndAndDescription() {
        given().auth().oauth2(TestTokens.participant(UUID.randomUUID().toString())).when().get(FORM).then()
                .statusCode(200)
                .body(containsString("jeudi 24 juin 2027, 14:00–15:30"))
                .body(containsString("(jusqu’à 15:30)"))
                .body(containsString("id=\"desc-5e551000-0000-4000-8000-000000000001\">Mutualiser l’ingénierie"))
                .body(containsString("aria-describedby=\"rem-5e551000-0000-4000-8000-000000000001 desc-5e551000-0000-4000-8000-000000000001\""));
    }

    @Test
    void aWaitlistedPersonIsToldTheirPlaceInWordsNotThatTheRegistrationIsDone() {
        String token = TestTokens.participant(UUID.randomUUID().toString());
        given().auth().oauth2(token).redirects().follow(false)
                .formParam("firstName", "Lou").formParam("lastName", "Attente").formParam("email", "lou@exemple.test")
                .formParam("territoryType", "AUTRE").formParam("category", "ETUDIANT").formParam("days", "2027-06-25")
                .formParam("consent", "yes")
                .when().post(FORM).then().statusCode(303).header("Location", containsString("/espace?ok=waitlisted"));
        String page = given().auth().oauth2(token).queryParam("ok", "waitlisted").when().get("/espace").then()
                .statusCode(200).extract().asString();
        assertThat(page).contains("Votre demande est enregistrée sur la liste d’attente",
                "Vous êtes en tête de la liste d’attente du congrès")
                .doesNotContain("Votre inscription est enregistrée", "Liste d&#39;attente (1)");
    }

    @Test
    void cancelThenRegisterAgainFromTheCancelledChoicesWithOneCardPerCongress() {
        String token = registered("PROFESSIONNEL");
        given().auth().oauth2(token).redirects().follow(false).when().post(FORM + "/annulation").then().statusCode(303);
        String space = given().auth().oauth2(token).when().get("/espace").then().statusCode(200).extract().asString();
        assertThat(space).contains("Inscription annulée", "href=\"/espace/inscription/" + SLUG + "\">S’inscrire à nouveau")
                .doesNotContain("Mon programme", "En attente de la confirmation", "Tarif", "Modifier mon inscription");
        // the form comes back with the cancelled registration's choices, the consent to give again
        String form = given().auth().oauth2(token).when().get(FORM).then().statusCode(200).extract().asString();
        assertThat(form).contains("Nous avons repris les choix de votre inscription annulée", "value=\"Fictif\"",
                "id=\"ws-5e551000-0000-4000-8000-000000000001\" name=\"workshop_5e71e500-0000-4000-8000-000000000001\" value=\"5e551000-0000-4000-8000-000000000001\" checked",
                "id=\"cat-PROFESSIONNEL\" name=\"category\" value=\"PROFESSIONNEL\" checked")
                .doesNotContain("name=\"consent\" value=\"yes\" checked");
        given().auth().oauth2(token).redirects().follow(false)
                .formParam("firstName", "Noa").formParam("lastName", "Fictif").formParam("email", "noa@exemple.test")
                .formParam("territoryType", "PNR").formParam("category", "PROFESSIONNEL").formParam("days", "2027-06-24")
                .formParam("consent", "yes").when().post(FORM).then().statusCode(303);
        String again = given().auth().oauth2(token).when().get("/espace").then().extract().asString();
        assertThat(again.split("<h3 id=\"reg-")).hasSize(2);
        assertThat(again).contains("Confirmée", "Modifier mon inscription").doesNotContain("Inscription annulée");
    }

    @Test
    void myDataIsReadDownloadedThenErasedAfterAConfirmationAndNeverAnothersData() {
        String token = registered("PROFESSIONNEL");
        String id = registrationId(token);
        String space = given().auth().oauth2(token).when().get("/espace").then().extract().asString();
        assertThat(space).contains("href=\"/api/registration/me/registrations/" + id + "/personal-data\" download=\"mes-donnees.json\"",
                "href=\"/espace/donnees/" + id + "/effacement\"");
        given().auth().oauth2(token).when().get("/espace/donnees/" + id).then().statusCode(200)
                .body(containsString("<dd>Fictif</dd>")).body(containsString("<dd>noa@exemple.test</dd>"))
                .body(containsString("Comment venez-vous au congrès ?")).body(containsString("<dd>En train</dd>"))
                .body(containsString("jeudi 24 juin 2027"));
        given().auth().oauth2(token).when().get("/api/registration/me/registrations/" + id + "/personal-data").then()
                .statusCode(200).body("registration.person.lastName", org.hamcrest.Matchers.equalTo("Fictif"));
        String stranger = TestTokens.participant(UUID.randomUUID().toString());
        given().auth().oauth2(stranger).when().get("/espace/donnees/" + id).then().statusCode(404);
        given().auth().oauth2(stranger).when().get("/espace/donnees/" + id + "/effacement").then().statusCode(404);
        given().auth().oauth2(stranger).redirects().follow(false).when().post("/espace/donnees/" + id + "/effacement")
                .then().statusCode(404);
        given().auth().oauth2(stranger).when().get("/api/registration/me/registrations/" + id + "/personal-data")
                .then().statusCode(404);
        // the confirmation says what happens; nothing is erased by reading it
        given().auth().oauth2(token).when().get("/espace/donnees/" + id + "/effacement").then().statusCode(200)
                .body(containsString("Votre inscription est annulée\u00a0: votre place"))
                .body(containsString("Seuls des totaux sans nom restent"))
                .body(containsString("L’effacement est définitif"))
                .body(containsString("action=\"/espace/donnees/" + id + "/effacement\""));
        given().auth().oauth2(token).when().get("/espace").then().body(containsString("Confirmée"));
        given().auth().oauth2(token).redirects().follow(false).when().post("/espace/donnees/" + id + "/effacement")
                .then().statusCode(303).header("Location", containsString("/espace?ok=erased"));
        given().auth().oauth2(token).queryParam("ok", "erased").when().get("/espace").then()
                .body(containsString("Vos données personnelles sont effacées et votre inscription est annulée."))
                .body(containsString("Données personnelles effacées"))
                .body(not(containsString("Fictif"))).body(not(containsString("/personal-data")));
    }

    @Test
    void myCalendarFeedIsCreatedCopiedReplacedAndRevoked() {
        String token = registered("PROFESSIONNEL");
        given().auth().oauth2(token).when().get("/espace").then()
                .body(containsString("<button type=\"submit\">Créer l’adresse de mon agenda</button>"));
        given().auth().oauth2(token).redirects().follow(false).when().post("/espace/agenda").then().statusCode(303)
                .header("Location", containsString("/espace?ok=feed-created"));
        String space = given().auth().oauth2(token).when().get("/espace").then().extract().asString();
        String url = space.replaceAll("(?s).*id=\"feed-url\" type=\"url\" readonly value=\"([^\"]+)\".*", "$1");
        assertThat(url).startsWith("http://").contains("/api/registration/calendar/").endsWith(".ics");
        String path = url.replaceFirst("^https?://[^/]+", "");
        // the address works without logging in (a calendar program cannot), through the gateway
        given().when().get(path).then().statusCode(200).contentType(startsWith("text/calendar"))
                .body(containsString("BEGIN:VEVENT"));
        assertThat(space).contains("Copier l’adresse", "Changer d’adresse", "Supprimer l’adresse");
        given().auth().oauth2(token).redirects().follow(false).when().post("/espace/agenda").then()
                .header("Location", containsString("ok=feed-regenerated"));
        given().when().get(path).then().statusCode(404);
        given().auth().oauth2(token).redirects().follow(false).when().post("/espace/agenda/suppression").then()
                .header("Location", containsString("ok=feed-revoked"));
        given().auth().oauth2(token).queryParam("ok", "feed-revoked").when().get("/espace").then()
                .body(containsString("L’adresse de votre agenda est supprimée"))
                .body(containsString("Créer l’adresse de mon agenda"));
    }

    @Test
    void anOrganiserOpeningMySpaceIsToldWhereToGoNotThatAServiceIsDown() {
        given().auth().oauth2(TestTokens.organiser()).when().get("/espace").then().statusCode(200)
                .body(containsString("Votre compte est un compte d’organisation"))
                .body(containsString("href=\"/organisation\""))
                .body(not(containsString("ne répond pas")));
    }

    @Test
    void afterTheFreezeDateMyRegistrationIsReadOnlyWithTheCommitteesContact() {
        String token = registered("PROFESSIONNEL");
        String organiser = TestTokens.organiser();
        String settingsPath = "/api/registration/congresses/" + StandInServices.CONGRESS_ID + "/settings";
        io.vertx.core.json.JsonObject settings = new io.vertx.core.json.JsonObject(
                given().when().get(settingsPath).asString());
        String freeze = settings.getString("freezeAt");
        String opens = settings.getString("opensAt");
        try {
            given().auth().oauth2(organiser).contentType("application/json")
                    .body(settings.copy().put("opensAt", "2025-12-01T09:00:00+01:00")
                            .put("freezeAt", "2026-01-05T12:00:00+01:00").encode())
                    .when().put(settingsPath).then().statusCode(200);
            String space = given().auth().oauth2(token).when().get("/espace").then().extract().asString();
            assertThat(space).contains("Les modifications sont closes depuis le 5 janvier 2026 à 12:00",
                    "href=\"mailto:comite@assises.example\"", "Mon programme")
                    .doesNotContain("Modifier mon inscription", "Annuler mon inscription");
            given().auth().oauth2(token).redirects().follow(false).when().get(FORM).then().statusCode(303)
                    .header("Location", containsString("/espace?ok=frozen"));
        } finally {
            given().auth().oauth2(organiser).contentType("application/json")
                    .body(settings.copy().put("opensAt", opens).put("freezeAt", freeze).encode()).when().put(settingsPath).then()
                    .statusCode(200);
        }
    }
}
