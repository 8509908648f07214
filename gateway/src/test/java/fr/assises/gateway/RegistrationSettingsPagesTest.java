package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The organisers' registration settings page (settings, custom questions, invitation codes) and the custom
 * questions and invitation code of the participant's form, against stand-ins that refuse what registration-service
 * refuses. Its own stand-ins, so the changes made here stay in this class.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "down", value = "none"))
class RegistrationSettingsPagesTest {

    private static final String PAGE = "/organisation/" + StandInServices.SLUG + "/parametres-inscription";
    private static final String FORM = "/espace/inscription/" + StandInServices.SLUG;

    /** The settings form as the page fills it for the stand-in's settings, with some fields typed over. */
    private static RequestSpecification settingsForm(String organiser, String... typed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("opensDate", "2027-01-15");
        fields.put("opensTime", "09:00");
        fields.put("closesDate", "2027-06-10");
        fields.put("closesTime", "23:59");
        fields.put("freezeDate", "2027-06-14");
        fields.put("freezeTime", "12:00");
        fields.put("totalCapacity", "500");
        fields.put("offerHours", "48");
        fields.put("retentionDays", "365");
        fields.put("reminderDaysBefore", "3");
        fields.put("privacyNoticeVersion", "2026-10");
        String[][] rows = {
            {"PROFESSIONNEL", "Professionnel", "Professional", "120,00", "", "#1f77b4"},
            {"ELU", "Élu", "Elected official", "90", "80", "#d62728"},
            {"ETUDIANT", "Étudiant ou demandeur d'emploi", "Student or jobseeker", "30,00", "40", "#2ca02c"},
            {"INTERVENANT", "Intervenant", "Speaker", "0", "", "#9467bd"},
            {"", "", "", "", "", "#1f77b4"}};
        String[] members = {"code", "labelFr", "labelEn", "fee", "quota", "colour"};
        for (int i = 0; i < rows.length; i++) {
            for (int m = 0; m < members.length; m++) {
                fields.put("cat" + i + "_" + members[m], rows[i][m]);
            }
        }
        fields.put("cat3_invitationOnly", "yes");
        for (String field : new String[] {"organisation", "territoryType", "jobTitle", "statutoryCategory",
            "accessibilityNeeds", "dietaryNeeds"}) {
            fields.put("info_" + field, "territoryType".equals(field) ? "REQUIRED" : "OPTIONAL");
        }
        for (int i = 0; i < typed.length; i += 2) {
            fields.put(typed[i], typed[i + 1]);
        }
        return given().auth().oauth2(organiser).redirects().follow(false).formParams(fields);
    }

    private static long settingsPuts() {
        return StandInServices.RECEIVED.stream().filter(r -> "PUT".equals(r.getString("method"))
                && r.getString("path").endsWith("/settings")).count();
    }

    @Test
    void organisersSeeTheSettingsInFrenchWithEveryField() {
        given().auth().oauth2(TestTokens.organiser()).when().get(PAGE)
                .then().statusCode(200)
                .body(containsString("<h1>Paramètres d&#39;inscription"))
                .body(containsString("aria-current=\"page\">Paramètres d&#39;inscription</a>"))
                .body(containsString("type=\"date\" id=\"f-opensAt\" name=\"opensDate\" value=\"2027-01-15\""))
                .body(containsString("id=\"f-closesAt-time\" name=\"closesTime\" value=\"23:59\""))
                .body(containsString("name=\"totalCapacity\" required inputmode=\"numeric\" value=\"500\""))
                .body(containsString("name=\"cat0_fee\" inputmode=\"decimal\" value=\"120,00\""))
                .body(containsString("<label for=\"f-info_organisation\">Organisme</label>"))
                .body(containsString("<option value=\"SINGLE_CHOICE\" selected>Choix unique</option>"))
                .body(containsString("name=\"cat3_invitationOnly\" value=\"yes\" checked"))
                .body(containsString("<option value=\"HIDDEN\" selected>Non demandée</option>"))
                .body(containsString("Comment venez-vous au congrès ?"))
                .body(containsString("En train\nEn voiture partagée\nÀ vélo</textarea>"))
                .body(containsString("<code>ORATEURS-2027</code>"))
                .body(containsString("3 sur 20"))
                .body(containsString("/espace/inscription/" + StandInServices.SLUG + "?code=ORATEURS-2027"));
        given().auth().oauth2(TestTokens.participant()).when().get(PAGE).then().statusCode(403);
    }

    @Test
    void badSettingsAreShownNextToTheirFieldAndNothingIsSaved() {
        String organiser = TestTokens.organiser();
        long before = settingsPuts();
        // unreadable for the gateway: refused before the service, typed values kept
        settingsForm(organiser, "cat0_fee", "cent euros", "totalCapacity", "beaucoup")
                .when().post(PAGE).then().statusCode(422)
                .body(containsString("id=\"e-cat0_fee\">Montant en euros attendu"))
                .body(containsString("name=\"cat0_fee\" inputmode=\"decimal\" value=\"cent euros\" aria-invalid=\"true\""))
                .body(containsString("id=\"e-totalCapacity\">Nombre entier attendu."));
        assertThat(settingsPuts()).isEqualTo(before);
        // refused by the service: each message on its own field, the category line included
        settingsForm(organiser, "cat2_quota", "600", "cat1_fee", "-5", "freezeDate", "2026-12-01").when().post(PAGE).then().statusCode(422)
                .body(containsString("id=\"e-cat2_quota\">le quota de ETUDIANT dépasse la capacité totale (500)"))
                .body(containsString("id=\"e-cat1_fee\">doit être supérieur ou égal à 0"))
                .body(containsString("id=\"e-freezeAt\">le gel des modifications doit suivre l&#39;ouverture"))
                .body(containsString("value=\"600\""));
        given().auth().oauth2(organiser).when().get(PAGE).then()
                .body(containsString("name=\"cat2_quota\" inputmode=\"numeric\" value=\"40\""));

        settingsForm(organiser, "cat0_fee", "190,50", "cat4_code", "PARTENAIRE", "cat4_labelFr", "Partenaire",
                "cat4_labelEn", "Partner", "cat4_fee", "0").when().post(PAGE).then().statusCode(303)
                .header("Location", containsString("/parametres-inscription?ok=saved"));
        assertThat(StandInServices.RECEIVED).anySatisfy(r -> {
            assertThat(r.getString("path")).endsWith("/settings");
            assertThat(r.getString("body")).contains("\"feeCents\":19050", "\"code\":\"PARTENAIRE\"",
                    "\"opensAt\":\"2027-01-15T09:00:00+01:00\"", "\"invitationOnly\":true");
        });
        given().auth().oauth2(organiser).queryParam("ok", "saved").when().get(PAGE).then()
                .body(containsString("Paramètres enregistrés."))
                .body(containsString("value=\"190,50\""));
    }

    @Test
    void organisersAddChangeMoveAndDeleteCustomQuestions() {
        String organiser = TestTokens.organiser();
        given().auth().oauth2(organiser).redirects().follow(false).formParam("kind", "SINGLE_CHOICE")
                .formParam("labelFr", "Votre réseau").formParam("labelEn", "Your network")
                .formParam("choicesFr", "Un seul choix").when().post(PAGE + "/questions")
                .then().statusCode(422)
                .body(containsString("id=\"e-qnew_choices\">au moins deux choix"))
                .body(containsString("value=\"Votre réseau\""));
        given().auth().oauth2(organiser).redirects().follow(false).formParam("kind", "YES_NO")
                .formParam("required", "yes").formParam("labelFr", "Première participation ?")
                .formParam("labelEn", "First time?").when().post(PAGE + "/questions")
                .then().statusCode(303).header("Location", containsString("ok=question-added"));
        String page = given().auth().oauth2(organiser).when().get(PAGE).then().statusCode(200)
                .body(containsString("Question 2 : Première participation ?")).extract().asString();
        String added = page.replaceAll("(?s).*id=\"question-([0-9a-f-]+)\">\\s*<form[^>]*>\\s*<fieldset>\\s*<legend>Question 2.*", "$1");
        given().auth().oauth2(organiser).redirects().follow(false).when().post(PAGE + "/questions/" + added + "/monter")
                .then().statusCode(303);
        given().auth().oauth2(organiser).when().get(PAGE).then()
                .body(containsString("Question 1 : Première participation ?"));
        given().auth().oauth2(organiser).redirects().follow(false).formParam("kind", "YES_NO").formParam("required", "yes")
                .formParam("labelFr", "").formParam("labelEn", "First time?").when().post(PAGE + "/questions/" + added)
                .then().statusCode(422).body(containsString("id=\"e-q1_labelFr\">ne doit pas être vide"));
        // deleted again, so that the participant's form of the other tests asks what it asked
        given().auth().oauth2(organiser).redirects().follow(false).when()
                .post(PAGE + "/questions/" + added + "/suppression")
                .then().statusCode(303).header("Location", containsString("ok=question-deleted"));
        given().auth().oauth2(organiser).when().get(PAGE).then()
                .body(not(containsString("Première participation ?")))
                .body(containsString("Question 1 : Comment venez-vous au congrès ?"));
    }

    @Test
    void organisersCreateInvitationCodesAndCannotDeleteAUsedOne() {
        String organiser = TestTokens.organiser();
        given().auth().oauth2(organiser).redirects().follow(false).formParam("label", "Partenaires financeurs")
                .formParam("category", "INTERVENANT").formParam("maxUses", "0").when().post(PAGE + "/invitations")
                .then().statusCode(422).body(containsString("id=\"e-code_maxUses\">doit être supérieur ou égal à 1"))
                .body(containsString("value=\"Partenaires financeurs\""));
        given().auth().oauth2(organiser).redirects().follow(false).formParam("label", "Partenaires financeurs")
                .formParam("category", "INTERVENANT").formParam("maxUses", "12").formParam("code", "financeurs-27")
                .when().post(PAGE + "/invitations").then().statusCode(303)
                .header("Location", containsString("ok=code-added#codes"));
        given().auth().oauth2(organiser).when().get(PAGE).then().body(containsString("<code>FINANCEURS-27</code>"))
                .body(containsString("0 sur 12"));
        given().auth().oauth2(organiser).redirects().follow(false).when()
                .post(PAGE + "/invitations/ORATEURS-2027/suppression").then().statusCode(422)
                .body(containsString("id=\"e-code-ORATEURS-2027\">"));
    }

    @Test
    void organisersChangeAndDeactivateACodeAndRefusalsShowNextToTheField() {
        String organiser = TestTokens.organiser();
        given().auth().oauth2(organiser).redirects().follow(false).formParam("label", "Animateurs")
                .formParam("category", "INTERVENANT").formParam("maxUses", "5").formParam("code", "ANIMATEURS-27")
                .when().post(PAGE + "/invitations").then().statusCode(303);
        given().auth().oauth2(organiser).when().get(PAGE).then()
                .body(containsString("action=\"/organisation/congres-2027/parametres-inscription/invitations/ANIMATEURS-27\""))
                .body(containsString("Modifier le code ANIMATEURS-27"))
                .body(containsString("Désactiver le code ANIMATEURS-27"));

        // unreadable, then fewer places than already used: next to the field, the row's form open, nothing changed
        given().auth().oauth2(organiser).redirects().follow(false).formParam("label", "Animateurs des tables")
                .formParam("category", "INTERVENANT").formParam("maxUses", "dix").when()
                .post(PAGE + "/invitations/ANIMATEURS-27").then().statusCode(422)
                .body(containsString("id=\"e-code-ANIMATEURS-27_maxUses\">Nombre entier attendu."))
                .body(containsString("<details class=\"code-edit\" open>"))
                .body(containsString("value=\"Animateurs des tables\""));
        given().auth().oauth2(organiser).redirects().follow(false).formParam("label", "Intervenants")
                .formParam("category", "INTERVENANT").formParam("maxUses", "2").when()
                .post(PAGE + "/invitations/ORATEURS-2027").then().statusCode(422)
                .body(containsString("id=\"e-code-ORATEURS-2027_maxUses\">déjà utilisé "))
                .body(containsString(" fois : pas moins</p>"))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"e-code-ORATEURS-2027_maxUses\""));
        // (another test may have used the code once more: its places are what must not change)
        given().auth().oauth2(organiser).when().get(PAGE).then().body(containsString(" sur 20</td>"));

        // a new label, more places and a last day; the date comes back as typed
        given().auth().oauth2(organiser).redirects().follow(false).formParam("label", "Animateurs des tables")
                .formParam("category", "INTERVENANT").formParam("maxUses", "8")
                .formParam("expiresDate", "2027-06-25").when().post(PAGE + "/invitations/ANIMATEURS-27").then()
                .statusCode(303).header("Location", containsString("ok=code-saved#codes"));
        given().auth().oauth2(organiser).when().get(PAGE + "?ok=code-saved").then()
                .body(containsString("Code d&#39;invitation modifié."))
                .body(containsString("Animateurs des tables")).body(containsString("0 sur 8"))
                .body(containsString("id=\"f-code-ANIMATEURS-27_expiresAt\" name=\"expiresDate\" value=\"2027-06-25\""));

        // deactivated: it expires now, its deactivation button goes
        given().auth().oauth2(organiser).redirects().follow(false).when()
                .post(PAGE + "/invitations/ANIMATEURS-27/desactivation").then().statusCode(303)
                .header("Location", containsString("ok=code-deactivated#codes"));
        given().auth().oauth2(organiser).when().get(PAGE + "?ok=code-deactivated").then()
                .body(containsString("Code d&#39;invitation désactivé"))
                .body(not(containsString("Désactiver le code ANIMATEURS-27")))
                .body(containsString("Désactiver le code ORATEURS-2027"));
        given().auth().oauth2(TestTokens.participant()).redirects().follow(false).when()
                .post(PAGE + "/invitations/ORATEURS-2027/desactivation").then().statusCode(403);
    }

    @Test
    void participantsAnswerTheQuestionsAndACodeOpensTheReservedCategory() {
        String token = TestTokens.participant(UUID.randomUUID().toString());
        given().auth().oauth2(token).when().get(FORM).then().statusCode(200)
                .body(containsString("Questions de l&#39;équipe d&#39;organisation"))
                .body(not(containsString("value=\"INTERVENANT\"")));
        given().auth().oauth2(token).queryParam("code", "pas-le-bon").when().get(FORM).then().statusCode(422)
                .body(containsString("id=\"e-invitationCode\">code d&#39;invitation inconnu"));
        given().auth().oauth2(token).queryParam("code", "ELUS-COMPLET").when().get(FORM).then().statusCode(422)
                .body(containsString("toutes les places de ce code d&#39;invitation sont prises"));
        given().auth().oauth2(token).queryParam("code", "orateurs-2027").when().get(FORM).then().statusCode(200)
                .body(containsString("Code accepté : catégorie « Intervenant » ouverte."))
                .body(containsString("id=\"cat-INTERVENANT\" name=\"category\" value=\"INTERVENANT\" checked"))
                .body(containsString("type=\"hidden\" name=\"invitationCode\" value=\"orateurs-2027\""));
        // a reserved category without the code: the service's refusal next to the categories
        given().auth().oauth2(token).formParam("firstName", "Alix").formParam("lastName", "Modèle")
                .formParam("email", "alix@exemple.test").formParam("territoryType", "COMMUNE")
                .formParam("category", "INTERVENANT").formParam("days", "2027-06-24").formParam("consent", "yes")
                .when().post(FORM).then().statusCode(422)
                .body(containsString("id=\"e-category\">catégorie réservée aux invités"));
        // a wrong choice is shown on its question, what was ticked kept
        given().auth().oauth2(token).formParam("firstName", "Alix").formParam("lastName", "Modèle")
                .formParam("email", "alix@exemple.test").formParam("territoryType", "COMMUNE")
                .formParam("category", "PROFESSIONNEL").formParam("days", "2027-06-24").formParam("consent", "yes")
                .formParam("answer_" + StandInSettings.QUESTION_TRANSPORT, "C9")
                .when().post(FORM).then().statusCode(422)
                .body(containsString("id=\"e-" + StandInSettings.QUESTION_TRANSPORT
                        + "\">« Comment venez-vous au congrès ? » : choix inconnu"));
        given().auth().oauth2(token).redirects().follow(false).formParam("firstName", "Alix")
                .formParam("lastName", "Modèle").formParam("email", "alix@exemple.test")
                .formParam("territoryType", "COMMUNE").formParam("category", "INTERVENANT")
                .formParam("invitationCode", "ORATEURS-2027").formParam("days", "2027-06-24")
                .formParam("consent", "yes").formParam("answer_" + StandInSettings.QUESTION_TRANSPORT, "C3")
                .when().post(FORM).then().statusCode(303).header("Location", containsString("/espace?ok=saved"));
        assertThat(StandInServices.RECEIVED).anySatisfy(r -> {
            assertThat(r.getString("method")).isEqualTo("POST");
            assertThat(r.getString("body")).contains("\"invitationCode\":\"ORATEURS-2027\"",
                    "\"answers\":{\"" + StandInSettings.QUESTION_TRANSPORT + "\":\"C3\"}",
                    "\"category\":\"INTERVENANT\"");
        });
        // the change form shows the answer given
        given().auth().oauth2(token).when().get(FORM).then().statusCode(200)
                .body(containsString("value=\"C3\" checked"));
    }
}
