package fr.assises.registration.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.TestCongress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A participant's Keycloak account is deleted when they erase their last registration, or when the retention
 * period anonymises it; staff accounts are kept; Keycloak being away delays the deletion, never the erasure.
 * Keycloak is {@link KeycloakAdminStandIn}, an HTTP double of its token endpoint and admin API.
 */
@QuarkusTest
class AccountDeletionTest {

    private static final String PARTICIPANT_ROLES = "default-roles-assises,offline_access,uma_authorization,participant";

    @Inject
    AccountDeletions deletions;

    @Inject
    Privacy privacy;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "assises.accounts.realm-url")
    String realmUrl;

    @AfterEach
    void keycloakBack() {
        given().body("false").put(standIn("/down")).then().statusCode(204);
    }

    @Test
    void erasingTheLastRegistrationDeletesTheAccountAndStaffAccountsStay() {
        TestCongress first = new TestCongress().create();
        TestCongress second = new TestCongress().create();
        String subject = account(PARTICIPANT_ROLES);
        String token = TestTokens.participant(subject);
        String inFirst = PrivacyTest.register(token, first);
        String inSecond = PrivacyTest.register(token, second);

        erase(token, inFirst);
        // the other registration still needs the account: nothing asked
        assertThat(requested(subject)).isZero();
        assertThat(exists(subject)).isTrue();

        // the last one: deleted right after the erasure's commit, and the request row goes with it
        erase(token, inSecond);
        await().atMost(Duration.ofSeconds(10)).until(() -> !exists(subject) && requested(subject) == 0);
        // the erased registration is still the person's to read, as erased, while their token lasts
        given().auth().oauth2(token).get("/api/registration/me/registrations/{id}", inSecond).then()
                .statusCode(200).body("anonymised", equalTo(true));

        // an organiser who registered as a participant keeps the account their work needs
        String organiser = account(PARTICIPANT_ROLES + ",organiser");
        String organiserToken = TestTokens.participant(organiser);
        erase(organiserToken, PrivacyTest.register(organiserToken, first));
        await().atMost(Duration.ofSeconds(10)).until(() -> requested(organiser) == 0);
        assertThat(exists(organiser)).isTrue();
    }

    @Test
    void keycloakAwayDelaysTheDeletionNeverTheErasure() {
        TestCongress congress = new TestCongress().create();
        String subject = account(PARTICIPANT_ROLES);
        String token = TestTokens.participant(subject);
        String id = PrivacyTest.register(token, congress);
        given().body("true").put(standIn("/down")).then().statusCode(204);

        Instant erasedAt = Instant.now();
        erase(token, id);
        given().auth().oauth2(token).get("/api/registration/me/registrations/{id}", id).then()
                .body("anonymised", equalTo(true));
        // the attempt right after the commit failed: kept for later, with why (never the subject id)
        await().atMost(Duration.ofSeconds(10)).until(() -> lastError(subject) != null);
        assertThat(lastError(subject)).contains("503").doesNotContain(subject);
        assertThat(exists(subject)).isTrue();

        keycloakBack();
        // retried after the back-off (30 s after the first failure), not before
        deletions.deletePending(erasedAt.plusSeconds(5));
        assertThat(exists(subject)).isTrue();
        assertThat(requested(subject)).isEqualTo(1);
        deletions.deletePending(erasedAt.plus(2, ChronoUnit.MINUTES));
        assertThat(exists(subject)).isFalse();
        assertThat(requested(subject)).isZero();
    }

    @Test
    void theRetentionPeriodDeletesTheAccountsOfPastParticipants() {
        TestCongress congress = new TestCongress().retentionDays(1).create();
        String subject = account(PARTICIPANT_ROLES);
        String token = TestTokens.participant(subject);
        PrivacyTest.register(token, congress);
        privacy.anonymiseExpired(LocalDate.of(2027, 6, 27));
        await().atMost(Duration.ofSeconds(10)).until(() -> !exists(subject) && requested(subject) == 0);
        // a second run finds nothing to anonymise and asks nothing more
        privacy.anonymiseExpired(LocalDate.of(2027, 6, 27));
        assertThat(requested(subject)).isZero();
    }

    private static void erase(String token, String id) {
        given().auth().oauth2(token).delete("/api/registration/me/registrations/{id}/personal-data", id).then()
                .statusCode(204);
    }

    private String account(String roles) {
        String subject = UUID.randomUUID().toString();
        given().body(roles).put(standIn("/users/" + subject)).then().statusCode(204);
        return subject;
    }

    private boolean exists(String subject) {
        return given().get(standIn("/users/" + subject)).statusCode() == 200;
    }

    private String standIn(String path) {
        return realmUrl.replace("/realms/assises", "/stand-in") + path;
    }

    private long requested(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from account_deletion where participant_id = ?1").setParameter(1, subject)
                .getSingleResult()).longValue());
    }

    private String lastError(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select last_error from account_deletion where participant_id = ?1").setParameter(1, subject)
                .getResultStream().findFirst().orElse(null));
    }
}
