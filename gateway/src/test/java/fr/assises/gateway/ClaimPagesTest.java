package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The page the invitation e-mail of a person added by the committee leads to: claiming with a verified e-mail. */
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
}
