package fr.assises.common.testapp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.assises.common.deadline.RequestDeadline;
import io.quarkus.test.junit.QuarkusTest;

/** The gateway's deadline: work nobody waits for is refused, or rolled back once the deadline passes. */
@QuarkusTest
class RequestDeadlineTest {

    private static final String SLOW = "/api/testapp/notes/slow";

    @Inject
    NoteService notes;

    @Test
    void aRequestWhoseCallerHasGivenUpIsRefusedBeforeAnyWork() {
        String aggregate = "late-" + UUID.randomUUID();
        given().header(RequestDeadline.HEADER, Instant.now().minusSeconds(1).toString())
                .queryParam("aggregate", aggregate).queryParam("seconds", 0)
                .when().post(SLOW)
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:assises:problem:deadline-passed"))
                .body("title", equalTo("Délai de la requête dépassé"));
        assertThat(notes.published(aggregate)).isZero();
    }

    @Test
    void aStatementStillRunningAtTheDeadlineIsStoppedAndItsTransactionRolledBack() {
        String aggregate = "stuck-" + UUID.randomUUID();
        // a statement that would run for a minute: PostgreSQL stops it at the deadline, the request answers then
        // (three seconds ahead, so that the request is surely under way by then, not refused at the door)
        given().header(RequestDeadline.HEADER, Instant.now().plusSeconds(3).toString())
                .queryParam("aggregate", aggregate).queryParam("seconds", 60)
                .when().post(SLOW)
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:assises:problem:deadline-passed"))
                .body("detail", containsString("elle a été interrompue et rien n'a été enregistré"));
        assertThat(notes.published(aggregate)).isZero();
        // nothing of it goes on in the database for nobody
        assertThat(notes.sleeping()).isZero();
    }

    @Test
    void withoutADeadlineTheConfiguredTimeoutApplies() {
        String aggregate = "patient-" + UUID.randomUUID();
        // the previous request on this worker thread set a one-second timeout, and its connection a one-second
        // statement timeout: neither must stick (the pool gives the next requests that connection back)
        given().header(RequestDeadline.HEADER, Instant.now().plusSeconds(1).toString())
                .queryParam("aggregate", "short-" + UUID.randomUUID()).queryParam("seconds", 0)
                .when().post(SLOW).then().statusCode(204);
        for (int i = 0; i < 3; i++) {
            given().queryParam("aggregate", aggregate + i).queryParam("seconds", 2)
                    .when().post(SLOW).then().statusCode(204);
            assertThat(notes.published(aggregate + i)).isEqualTo(1);
        }
    }
}
