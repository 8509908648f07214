package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The indicator pages (organisers create, edit, give values to and delete indicators; the service's refusals next
 * to the field, nothing saved) and the partner pages (every edition, archived ones included; a dashboard that says
 * in words what is missing; editions compared, aggregates only), against {@link StandInPartners}.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class PartnerIndicatorPagesTest {

    private static final String PAGE = "/organisation/" + StandInServices.SLUG + "/indicateurs";
    private static final String MANUAL_ID = "1d1c0000-0000-4000-8000-000000000002";
    private static final String RATE_ID = "1d1c0000-0000-4000-8000-000000000001";

    @BeforeEach
    void freshIndicators() {
        StandInServices.PARTNERS.reset();
        StandInServices.RECEIVED.clear();
    }

    private static JsonObject lastBody(String method, String path) {
        List<JsonObject> sent = sent(method, path);
        return new JsonObject(sent.get(sent.size() - 1).getString("body"));
    }

    private static List<JsonObject> sent(String method, String path) {
        return StandInServices.RECEIVED.stream()
                .filter(r -> method.equals(r.getString("method")) && path.equals(r.getString("path"))).toList();
    }

    @Test
    void organisersSeeTheIndicatorsInWordsFromTheConsole() {
        given().auth().oauth2(TestTokens.organiser()).when().get("/organisation/" + StandInServices.SLUG)
                .then().statusCode(200).body(containsString("href=\"/organisation/congres-2027/indicateurs\""));
        given().auth().oauth2(TestTokens.organiser()).when().get(PAGE).then().statusCode(200)
                .body(containsString("Indicateurs d’évaluation"))
                .body(containsString("Taux de réponse au questionnaire")).body(containsString("58,3&nbsp;%"))
                .body(containsString("Atteint")).body(containsString("En attente d’une valeur"))
                .body(containsString("Saisie à la main"))
                // the questionnaire's measurable question is offered, its free-text one is not
                .body(containsString("Satisfaction générale – Enquête de satisfaction 2027"))
                .body(not(containsString("Un commentaire ? – ")))
                .body(containsString("3 = Satisfaisant"))
                .body(not(containsString("ATTEINT<"))).body(not(containsString(">MANUAL<")));
        given().auth().oauth2(TestTokens.organiser()).queryParam("lang", "en").when().get(PAGE).then().statusCode(200)
                .body(containsString("Evaluation indicators")).body(containsString("Waiting for a value"));
    }

    @Test
    void aManualIndicatorIsAddedInFrenchNumbersAndBadInputSavesNothing() {
        // unreadable target: refused by the gateway on its field, nothing sent
        given().auth().oauth2(TestTokens.organiser()).formParam("label", "Réseaux ayant relayé l'événement")
                .formParam("source", "MANUAL").formParam("target", "douze").formParam("unit", "réseaux")
                .when().post(PAGE).then().statusCode(422)
                .body(containsString("id=\"e-target-new\">Nombre attendu (ex. 80 ou 12,5).</p>"))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"e-target-new\""))
                .body(containsString("value=\"Réseaux ayant relayé l&#39;événement\""));
        assertThat(sent("POST", "/api/evaluation/congresses/" + StandInServices.CONGRESS_ID + "/indicators")).isEmpty();

        // an empty name and a negative target: the service's refusal next to each, nothing saved
        given().auth().oauth2(TestTokens.organiser()).formParam("label", " ").formParam("source", "MANUAL")
                .formParam("target", "-3").when().post(PAGE).then().statusCode(422)
                .body(containsString("id=\"e-label-new\">ne doit pas être vide</p>"))
                .body(containsString("id=\"e-target-new\">doit être supérieur ou égal à 0</p>"));
        assertThat(StandInServices.PARTNERS.indicators).hasSize(2);

        String location = given().auth().oauth2(TestTokens.organiser()).redirects().follow(false)
                .formParam("label", "Réseaux ayant relayé l'événement").formParam("source", "MANUAL")
                .formParam("target", "12,5").formParam("unit", "réseaux").formParam("dueDate", "2027-09-30")
                .formParam("manualValue", "1 200").formParam("questionnaireId", StandInPartners.QUESTIONNAIRE)
                .when().post(PAGE).then().statusCode(303).extract().header("Location");
        assertThat(location).endsWith(PAGE + "?ok=created");
        JsonObject body = lastBody("POST", "/api/evaluation/congresses/" + StandInServices.CONGRESS_ID + "/indicators");
        // a questionnaire left selected does not go with a manual indicator
        assertThat(body).isEqualTo(new JsonObject().put("label", "Réseaux ayant relayé l'événement").put("source", "MANUAL")
                .put("target", 12.5).put("dueDate", "2027-09-30").put("unit", "réseaux").put("manualValue", 1200));
        given().auth().oauth2(TestTokens.organiser()).when().get(location).then().statusCode(200)
                .body(containsString("Indicateur ajouté.")).body(containsString("1\u00a0200&nbsp;réseaux"))
                .body(containsString("12,5&nbsp;réseaux")).body(containsString("30 septembre 2027"));
    }

    @Test
    void aSurveyQuestionIndicatorShowsTheServicesRefusalThenIsSaved() {
        given().auth().oauth2(TestTokens.organiser()).formParam("label", "Participants satisfaits")
                .formParam("source", "SURVEY_QUESTION").formParam("target", "80")
                .formParam("questionId", StandInPartners.QUESTIONNAIRE + "/overall").formParam("satisfiedValues", "9")
                .when().post(PAGE).then().statusCode(422)
                .body(containsString("id=\"e-satisfiedValues-new\">Réponse impossible : 9</p>"))
                .body(containsString("value=\"9\""));
        given().auth().oauth2(TestTokens.organiser()).formParam("label", "Taux de réponse 2027")
                .formParam("source", "RESPONSE_RATE").formParam("target", "50").when().post(PAGE).then().statusCode(422)
                .body(containsString("id=\"e-questionnaireId-new\">Choisissez le questionnaire mesuré.</p>"));
        assertThat(StandInServices.PARTNERS.indicators).hasSize(2);

        given().auth().oauth2(TestTokens.organiser()).redirects().follow(false)
                .formParam("label", "Participants satisfaits").formParam("source", "SURVEY_QUESTION")
                .formParam("target", "80").formParam("questionId", StandInPartners.QUESTIONNAIRE + "/overall")
                .formParam("satisfiedValues", "3, 4").formParam("manualValue", "12")
                .when().post(PAGE).then().statusCode(303);
        JsonObject body = lastBody("POST", "/api/evaluation/congresses/" + StandInServices.CONGRESS_ID + "/indicators");
        assertThat(body).isEqualTo(new JsonObject().put("label", "Participants satisfaits").put("source", "SURVEY_QUESTION")
                .put("target", 80).put("questionnaireId", StandInPartners.QUESTIONNAIRE).put("questionId", "overall")
                .put("satisfiedValues", new JsonArray().add("3").add("4")));
        given().auth().oauth2(TestTokens.organiser()).when().get(PAGE).then().statusCode(200)
                .body(containsString("Part de réponses satisfaites à une question")).body(containsString("81,4&nbsp;%"));
    }

    @Test
    void anIndicatorIsEditedGivenItsValueAndDeleted() {
        given().auth().oauth2(TestTokens.organiser()).formParam("value", "beaucoup")
                .when().post(PAGE + "/" + MANUAL_ID + "/valeur").then().statusCode(422)
                .body(containsString("id=\"e-value-" + MANUAL_ID + "\">Nombre attendu (ex. 80 ou 12,5).</p>"))
                .body(containsString("value=\"beaucoup\""));
        // a computed indicator takes no typed value: the service says why, next to the field
        given().auth().oauth2(TestTokens.organiser()).formParam("value", "60")
                .when().post(PAGE + "/" + RATE_ID + "/valeur").then().statusCode(422)
                .body(containsString("Seul un indicateur saisi à la main reçoit une valeur"));
        assertThat(sent("PUT", "/api/evaluation/indicators/" + MANUAL_ID + "/value")).isEmpty();

        given().auth().oauth2(TestTokens.organiser()).redirects().follow(false).formParam("value", "27,5")
                .when().post(PAGE + "/" + MANUAL_ID + "/valeur").then().statusCode(303);
        assertThat(new JsonObject(sent("PUT", "/api/evaluation/indicators/" + MANUAL_ID + "/value").get(0)
                .getString("body"))).isEqualTo(new JsonObject().put("value", 27.5));
        given().auth().oauth2(TestTokens.organiser()).when().get(PAGE + "?ok=value").then().statusCode(200)
                .body(containsString("Valeur enregistrée.")).body(containsString("27,5&nbsp;%"));

        // edited whole: the value typed in the form goes with it; an empty name is refused and changes nothing
        given().auth().oauth2(TestTokens.organiser()).formParam("label", "").formParam("source", "MANUAL")
                .formParam("target", "30").when().post(PAGE + "/" + MANUAL_ID).then().statusCode(422)
                .body(containsString("id=\"e-label-" + MANUAL_ID + "\">ne doit pas être vide</p>"))
                .body(containsString("<details open>"));
        assertThat(StandInServices.PARTNERS.indicators.get(MANUAL_ID).getString("label"))
                .isEqualTo("Part des élus parmi les présents");
        given().auth().oauth2(TestTokens.organiser()).redirects().follow(false)
                .formParam("label", "Part des élus parmi les participants").formParam("source", "MANUAL")
                .formParam("target", "30").formParam("unit", "%").formParam("manualValue", "27,5")
                .when().post(PAGE + "/" + MANUAL_ID).then().statusCode(303);
        assertThat(lastBody("PUT", "/api/evaluation/indicators/" + MANUAL_ID))
                .isEqualTo(new JsonObject().put("label", "Part des élus parmi les participants").put("source", "MANUAL")
                        .put("target", 30).put("unit", "%").put("manualValue", 27.5));

        given().auth().oauth2(TestTokens.organiser()).redirects().follow(false)
                .when().post(PAGE + "/" + MANUAL_ID + "/suppression").then().statusCode(303);
        assertThat(StandInServices.PARTNERS.indicators).doesNotContainKey(MANUAL_ID);
        given().auth().oauth2(TestTokens.organiser()).when().post(PAGE + "/" + MANUAL_ID + "/suppression")
                .then().statusCode(404).body(containsString("Indicateur introuvable."));
    }

    @Test
    void onlyOrganisersReachTheIndicatorPages() {
        for (String jwt : List.of(TestTokens.partner(), TestTokens.participant())) {
            given().auth().oauth2(jwt).when().get(PAGE).then().statusCode(403);
            given().auth().oauth2(jwt).formParam("label", "X").formParam("source", "MANUAL").formParam("target", "1")
                    .when().post(PAGE).then().statusCode(403);
            given().auth().oauth2(jwt).formParam("value", "1").when().post(PAGE + "/" + MANUAL_ID + "/valeur")
                    .then().statusCode(403);
        }
        assertThat(StandInServices.PARTNERS.indicators).hasSize(2);
        assertThat(sent("PUT", "/api/evaluation/indicators/" + MANUAL_ID + "/value")).isEmpty();
    }

    @Test
    void partnersSeeEveryEditionArchivedOnesIncluded() {
        given().auth().oauth2(TestTokens.partner()).when().get("/partenaires").then().statusCode(200)
                .body(containsString("href=\"/partenaires/congres-2025\""))
                .body(containsString("href=\"/partenaires/congres-2027\""))
                .body(containsString("Édition passée (archivée)")).body(containsString("Inscriptions ouvertes"))
                .body(containsString("action=\"/partenaires/comparaison\""));
        given().auth().oauth2(TestTokens.participant()).when().get("/partenaires").then().statusCode(403);
    }

    @Test
    void theArchivedDashboardSaysWhatIsMissingInWordsAndDrawsOnlyWhatMeansSomething() {
        String page = given().auth().oauth2(TestTokens.partner()).when().get("/partenaires/congres-2025")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Les inscriptions de cette édition ne sont pas connues de la plateforme.")
                // a break-even of 0 participants means nothing: not shown
                .doesNotContain("Point mort").doesNotContain("point mort").doesNotContain("0 participants")
                .doesNotContain("service des inscriptions").doesNotContain("par le service")
                // charges and produits apart, empty groups left out of the table and the charts
                .contains("Principales charges").contains("Principaux produits")
                .doesNotContain("Impôts et taxes").doesNotContain("Transferts de charges")
                .contains("Autres services extérieurs").contains("Subventions d&#39;exploitation")
                // aggregates only: no free text, no question answered by fewer than 5
                .doesNotContain("Dominique Fictif").doesNotContain("Qualité des repas")
                .contains("Satisfaction générale").contains("3,7")
                .contains("Aucune séance n’a encore assez de notes pour être montrée (au moins 5).")
                .doesNotContain("data-chart=");
        String charges = page.substring(page.indexOf("data-partner-chart=\"") + 20);
        charges = charges.substring(0, charges.indexOf('"')).replace("&quot;", "\"");
        JsonObject chart = new JsonObject(charges);
        // five groups with lines and no more (the fifth is the smallest here): never the nine account groups
        assertThat(chart.getJsonArray("labels")).containsExactly("Autres services extérieurs", "Services extérieurs",
                "Charges de personnel", "Achats", "Autres charges de gestion courante");
        assertThat(chart.getBoolean("horizontal")).isTrue();
        // in English the account groups are named in English, in the table and the chart alike
        String english = given().auth().oauth2(TestTokens.partner()).queryParam("lang", "en").when()
                .get("/partenaires/congres-2025").then().statusCode(200).extract().asString();
        assertThat(english).contains("<td>64 Staff costs</td>", "<td>74 Operating grants</td>", "&quot;Staff costs&quot;")
                .doesNotContain("Charges de personnel", "Subventions d&#39;exploitation");

        given().auth().oauth2(TestTokens.partner()).when().get("/partenaires/congres-2027").then().statusCode(200)
                .body(containsString("Le budget s’équilibre à partir de 455 participants (point mort)."))
                .body(containsString("Note moyenne par séance"))
                .body(not(containsString("Merci à Camille Fictive")));
    }

    @Test
    void editionsAreComparedWithFrenchNumbersAndAggregatesOnly() {
        String page = given().auth().oauth2(TestTokens.partner())
                .when().get("/partenaires/comparaison?editions=congres-2025,congres-2027")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Comparaison des éditions")
                // oldest first, each edition named by its year and title
                .contains("<th scope=\"col\" class=\"num\">2025<br><span class=\"hint\">2e Congrès national des "
                        + "développeurs territoriaux</span></th><th scope=\"col\" class=\"num\">2027<br>")
                // registrations unknown for 2025: a dash, never a 0
                .contains("<th scope=\"row\">Inscriptions confirmées</th><td class=\"num\">–</td><td class=\"num\">363</td>")
                .contains("<th scope=\"row\">Charges</th><td class=\"num\">97\u00a0000,00\u00a0€</td>"
                        + "<td class=\"num\">98\u00a0500,00\u00a0€</td>")
                .contains("<th scope=\"row\">Réponses au questionnaire</th><td class=\"num\">300</td><td class=\"num\">212</td>")
                .contains("<th scope=\"row\">Taux de réponse</th><td class=\"num\">–</td><td class=\"num\">58,2\u00a0%</td>")
                .contains("<th scope=\"row\">Moyenne\u00a0: Satisfaction générale</th><td class=\"num\">3,7</td>"
                        + "<td class=\"num\">4,2</td>")
                // the groups the service hid stay hidden, free texts never come
                .doesNotContain("Qualité des repas").doesNotContain("Dominique Fictif").doesNotContain("Camille Fictive")
                .doesNotContain("Un commentaire").contains("data-partner-chart=");

        // the editions ticked on the list come as repeated parameters, shown oldest first whatever their order
        given().auth().oauth2(TestTokens.partner()).queryParam("editions", "congres-2027")
                .queryParam("editions", "congres-2025").when().get("/partenaires/comparaison")
                .then().statusCode(200).body(containsString("<td class=\"num\">–</td><td class=\"num\">363</td>"));
        given().auth().oauth2(TestTokens.partner()).when().get("/partenaires/comparaison?editions=congres-2027")
                .then().statusCode(422).body(containsString("Choisissez au moins deux éditions à comparer."))
                .body(containsString("value=\"congres-2027\" checked"));
        given().auth().oauth2(TestTokens.partner())
                .when().get("/partenaires/comparaison?editions=congres-2027,congres-brouillon")
                .then().statusCode(422).body(containsString("Édition inconnue\u00a0: congres-brouillon."));
        given().auth().oauth2(TestTokens.participant())
                .when().get("/partenaires/comparaison?editions=congres-2025,congres-2027").then().statusCode(403);
        given().auth().oauth2(TestTokens.partner()).queryParam("lang", "en")
                .when().get("/partenaires/comparaison?editions=congres-2025,congres-2027").then().statusCode(200)
                .body(containsString("Editions compared")).body(containsString("€97,000.00"));
    }
}
